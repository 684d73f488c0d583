# corpus: cwe=94 label=vulnerable
from typing import List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()


class TransformRequest(BaseModel):
    values: List[float] = Field(..., max_items=10_000)
    expr: str = Field(..., description="expression in x, e.g. 'x * 2 + 1'")
    drop_negative: bool = False


class TransformResponse(BaseModel):
    values: List[float]
    count: int


def make_transform(expr: str):
    return eval(f"lambda x: {expr}")


def apply(values, fn, drop_negative):
    out = [float(fn(v)) for v in values]
    if drop_negative:
        out = [v for v in out if v >= 0]
    return out


@app.post("/series/transform", response_model=TransformResponse)
def transform(req: TransformRequest):
    try:
        fn = make_transform(req.expr)
        values = apply(req.values, fn, req.drop_negative)
    except Exception as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return TransformResponse(values=values, count=len(values))
