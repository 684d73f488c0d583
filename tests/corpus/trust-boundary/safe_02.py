# corpus: cwe=501 label=safe
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "replace-me"
ALLOWED_CURRENCIES = ("EUR", "USD", "GBP")


@app.route("/currency")
def currency():
    code = request.args.get("code", "EUR").upper()
    if code not in ALLOWED_CURRENCIES:
        return {"error": "unsupported currency"}, 400
    session["currency"] = code
    return {"currency": code}
