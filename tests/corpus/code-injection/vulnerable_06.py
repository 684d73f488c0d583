# corpus: cwe=95 label=vulnerable
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/pricing/preview")
def pricing_preview():
    formula = request.json["formula"]
    env = {"base": 100.0, "tax": 0.2}
    exec(f"price = {formula}", env)
    return jsonify(price=env["price"])
