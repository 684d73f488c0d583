# corpus: cwe=89 label=safe
import psycopg2
from flask import Flask, request
from psycopg2 import sql

app = Flask(__name__)
conn = psycopg2.connect(dbname="analytics")


@app.get("/metrics/<metric>")
def metric_series(metric):
    column = request.args.get("column", "value")
    query = sql.SQL("SELECT ts, {} FROM {} ORDER BY ts").format(
        sql.Identifier(column), sql.Identifier("metric_" + metric)
    )
    with conn.cursor() as cur:
        cur.execute(query)
        return {"points": cur.fetchall()}
