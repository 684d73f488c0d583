# corpus: cwe=95 label=safe
from flask import Flask, request
from simpleeval import simple_eval

app = Flask(__name__)


@app.get("/shipping/quote")
def shipping_quote():
    rule = request.args.get("rule", "weight * 1.5")
    weight = float(request.args.get("weight", "1"))
    cost = simple_eval(rule, names={"weight": weight})
    return {"cost": cost}
