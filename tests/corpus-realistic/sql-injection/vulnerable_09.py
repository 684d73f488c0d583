# corpus: cwe=89 label=vulnerable
import os
from datetime import date
from typing import Optional

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import create_engine

engine = create_engine(os.environ.get("REPORTS_DB", "postgresql+psycopg2://localhost/reports"))
app = FastAPI()


class ReportRequest(BaseModel):
    region: str = Field(..., max_length=64)
    start: date
    end: date
    product_line: Optional[str] = None


class ReportRow(BaseModel):
    day: date
    units: int
    revenue: float


def _sales_sql(req: ReportRequest) -> str:
    sql = (
        "SELECT day, SUM(units) AS units, SUM(revenue) AS revenue FROM daily_sales "
        "WHERE region = '%s' AND day BETWEEN '%s' AND '%s'"
        % (req.region, req.start.isoformat(), req.end.isoformat())
    )
    if req.product_line:
        sql += " AND product_line = '%s'" % req.product_line
    return sql + " GROUP BY day ORDER BY day"


def fetch_report(req: ReportRequest):
    with engine.connect() as conn:
        result = conn.exec_driver_sql(_sales_sql(req))
        return [ReportRow(day=r[0], units=r[1], revenue=float(r[2])) for r in result]


@app.post("/reports/sales", response_model=list[ReportRow])
def sales_report(body: ReportRequest):
    if body.end < body.start:
        raise HTTPException(status_code=422, detail="end must not precede start")
    return fetch_report(body)
