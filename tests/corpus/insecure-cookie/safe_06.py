# corpus: cwe=1004 label=safe
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/logout", methods=["POST"])
def logout():
    resp = make_response("", 204)
    resp.delete_cookie("sid")
    resp.set_cookie("remember_token", "", expires=0)
    return resp
