# corpus: cwe=601 label=safe
import re

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/orders/jump")
def jump_to_order():
    order_no = request.args.get("no", "")
    if not re.fullmatch(r"[0-9]{6,10}", order_no):
        return redirect("/orders")
    return redirect("/orders/" + order_no)
