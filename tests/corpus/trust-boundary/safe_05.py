# corpus: cwe=501 label=safe
import secrets

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "replace-me"


@app.route("/wizard/start", methods=["POST"])
def wizard_start():
    app.logger.info("wizard started from %s", request.referrer)
    session["wizard_id"] = secrets.token_hex(16)
    session["step"] = 1
    return {"step": 1}
