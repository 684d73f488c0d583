# corpus: cwe=89 label=safe
import pandas as pd
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql:///reports")


@app.route("/reports/sales.csv")
def sales_csv():
    params = {"region": request.args.get("region", "EU"), "year": int(request.args.get("year", "2024"))}
    query = text("SELECT * FROM sales WHERE region = :region AND year = :year")
    frame = pd.read_sql(query, engine, params=params)
    return frame.to_csv(index=False), 200, {"Content-Type": "text/csv"}
