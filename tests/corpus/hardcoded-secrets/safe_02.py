# corpus: cwe=798 label=safe
import os

import psycopg2
from flask import Flask

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(
        host=os.environ.get("PGHOST", "orders-db.internal"),
        dbname="orders",
        user=os.environ["PGUSER"],
        password=os.environ["PGPASSWORD"],
    )


@app.route("/orders/count")
def order_count():
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders")
        return {"count": cur.fetchone()[0]}
