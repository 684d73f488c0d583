# corpus: cwe=489 label=vulnerable
from flask import Flask, render_template
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app)


@socketio.on("chat")
def chat(message):
    emit("chat", message, broadcast=True)


if __name__ == "__main__":
    socketio.run(app, host="0.0.0.0", port=8000, debug=True)
