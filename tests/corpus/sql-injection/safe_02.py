# corpus: cwe=89 label=safe
import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="shop")


@app.route("/api/orders")
def order_detail():
    order_id = request.args["id"]
    with conn.cursor() as cur:
        cur.execute("SELECT id, total, status FROM orders WHERE id = %s", (order_id,))
        row = cur.fetchone()
    return jsonify(row)
