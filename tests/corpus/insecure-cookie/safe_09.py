# corpus: cwe=614 label=safe
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/cart/add", methods=["POST"])
def add_to_cart():
    cart_id = request.cookies.get("cart_id") or "c-new"
    resp = redirect("/cart")
    resp.set_cookie(
        "cart_id", cart_id, max_age=7 * 24 * 3600, secure=request.is_secure, httponly=True
    )
    return resp
