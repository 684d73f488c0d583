# corpus: cwe=798 label=vulnerable
import psycopg2
from flask import Flask

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(
        host="orders-db.internal",
        dbname="orders",
        user="orders_app",
        password="Pr0d-0rders!",
    )


@app.route("/orders/count")
def order_count():
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders")
        return {"count": cur.fetchone()[0]}
