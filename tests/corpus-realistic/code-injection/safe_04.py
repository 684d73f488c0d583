# corpus: cwe=94 label=safe
import math
from typing import Callable, Dict, List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

TRANSFORMS: Dict[str, Callable[[float, float], float]] = {
    "scale": lambda x, k: x * k,
    "offset": lambda x, k: x + k,
    "power": lambda x, k: math.copysign(abs(x) ** k, x),
    "log": lambda x, k: math.log(x, k or math.e) if x > 0 else float("nan"),
    "clip_max": lambda x, k: min(x, k),
    "clip_min": lambda x, k: max(x, k),
}


class Step(BaseModel):
    op: str
    arg: float = 1.0


class TransformRequest(BaseModel):
    values: List[float] = Field(..., max_items=10_000)
    steps: List[Step] = Field(default_factory=list, max_items=20)


def pipeline(steps: List[Step]):
    funcs = []
    for step in steps:
        fn = TRANSFORMS.get(step.op)
        if fn is None:
            raise HTTPException(status_code=422, detail=f"unknown op {step.op!r}")
        funcs.append((fn, step.arg))

    def run(x: float) -> float:
        for fn, arg in funcs:
            x = fn(x, arg)
        return x

    return run


@app.post("/series/transform")
def transform(req: TransformRequest):
    run = pipeline(req.steps)
    values = [run(v) for v in req.values]
    return {"values": values, "count": len(values), "ops": [s.op for s in req.steps]}
