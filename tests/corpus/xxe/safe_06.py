# corpus: cwe=611 label=safe
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/api/orders", methods=["POST"])
def create_order():
    if request.mimetype != "application/json":
        return {"error": "only JSON is accepted"}, 415
    order = json.loads(request.get_data())
    return {"sku": order.get("sku"), "quantity": int(order.get("quantity", 1))}, 201
