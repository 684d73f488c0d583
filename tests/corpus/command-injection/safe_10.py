# corpus: cwe=78 label=safe
import logging

from flask import Flask, request

app = Flask(__name__)
agents = logging.getLogger("agents")
agents.addHandler(logging.FileHandler("/var/log/app/agents.log"))


@app.before_request
def log_agent():
    agents.info("%s", request.headers.get("User-Agent", "-"))


@app.route("/")
def index():
    return "hello"
