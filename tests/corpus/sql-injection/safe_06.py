# corpus: cwe=89 label=safe
import pymysql
from flask import Flask, request

app = Flask(__name__)


@app.post("/cart/clear")
def clear_cart():
    sid = request.cookies.get("cart_session", "")
    conn = pymysql.connect(host="db", user="shop", database="shop")
    with conn.cursor() as cur:
        cur.execute("DELETE FROM cart_items WHERE session_key = %s", (sid,))
    conn.commit()
    return "", 204
