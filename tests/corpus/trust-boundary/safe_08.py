# corpus: cwe=501 label=safe
import hmac

from flask import Flask, abort, request, session

app = Flask(__name__)
app.secret_key = "replace-me"
SUPPORT_TOKEN = "from-the-vault"


@app.route("/support/elevate", methods=["POST"])
def elevate():
    token = request.headers.get("X-Support-Token", "")
    if hmac.compare_digest(token, SUPPORT_TOKEN):
        session["support_mode"] = True
        session["support_ticket"] = request.form.get("ticket")
        return {"elevated": True}
    abort(403)
