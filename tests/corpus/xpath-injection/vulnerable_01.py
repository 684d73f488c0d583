# corpus: cwe=643 label=vulnerable
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
ACCOUNTS = etree.parse("/srv/auth/accounts.xml")


@app.route("/auth", methods=["POST"])
def auth():
    login = request.form.get("login", "")
    secret = request.form.get("secret", "")
    expr = "/accounts/account[login='" + login + "' and secret='" + secret + "']"
    matches = ACCOUNTS.xpath(expr)
    return ("ok", 200) if matches else ("denied", 401)
