# corpus: cwe=89 label=vulnerable
import pandas as pd
from flask import Flask, request
from sqlalchemy import create_engine

app = Flask(__name__)
engine = create_engine("postgresql:///reports")


@app.route("/reports/sales.csv")
def sales_csv():
    region = request.args.get("region", "EU")
    year = request.args.get("year", "2024")
    query = f"SELECT * FROM sales WHERE region = '{region}' AND year = {year}"
    frame = pd.read_sql(query, engine)
    return frame.to_csv(index=False), 200, {"Content-Type": "text/csv"}
