# corpus: cwe=643 label=safe
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
ACCOUNTS = etree.parse("/srv/auth/accounts.xml")


@app.route("/auth", methods=["POST"])
def auth():
    matches = ACCOUNTS.xpath(
        "/accounts/account[login=$login and secret=$secret]",
        login=request.form.get("login", ""),
        secret=request.form.get("secret", ""),
    )
    return ("ok", 200) if matches else ("denied", 401)
