# corpus: cwe=78 label=vulnerable
import os

from flask import Flask, request

app = Flask(__name__)


@app.before_request
def log_agent():
    agent = request.headers.get("User-Agent", "-")
    os.system("echo '%s' >> /var/log/app/agents.log" % agent)


@app.route("/")
def index():
    return "hello"
