# corpus: cwe=95 label=safe
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/pricing/preview")
def pricing_preview():
    markup = float(request.json.get("markup", 0))
    discount = float(request.json.get("discount", 0))
    base, tax = 100.0, 0.2
    price = (base * (1 + markup) - discount) * (1 + tax)
    return jsonify(price=round(price, 2))
