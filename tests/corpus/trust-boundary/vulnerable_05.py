# corpus: cwe=501 label=vulnerable
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "replace-me"
ALLOWED_CURRENCIES = ("EUR", "USD", "GBP")


@app.route("/currency")
def currency():
    code = request.args.get("code", "EUR").upper()
    if code not in ALLOWED_CURRENCIES:
        app.logger.warning("unsupported currency %s requested", code)
    session["currency"] = code
    return {"currency": code}
