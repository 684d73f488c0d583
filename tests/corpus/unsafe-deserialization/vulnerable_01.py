# corpus: cwe=502 label=vulnerable
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/wizard/step")
def wizard_step():
    raw = request.cookies.get("wizard_state")
    state = pickle.loads(base64.urlsafe_b64decode(raw)) if raw else {"step": 1}
    state["step"] += 1
    return {"step": state["step"]}
