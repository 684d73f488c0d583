# corpus: cwe=601 label=safe
from flask import Flask, redirect, request

app = Flask(__name__)
ALLOWED_NEXT = ("/", "/cart", "/checkout", "/account/orders")


@app.route("/signin-complete")
def signin_complete():
    next_path = request.args.get("next", "/")
    if next_path in ALLOWED_NEXT:
        return redirect(next_path)
    return redirect("/")
