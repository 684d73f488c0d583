# corpus: cwe=94 label=vulnerable
import importlib
from typing import Any, Dict, List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="formatters")


class FormatRequest(BaseModel):
    formatter: str = "formatters.markdown:render"
    args: List[Any] = []
    options: Dict[str, Any] = {}


def load_callable(spec: str):
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    target = module
    for part in attr.split("."):
        target = getattr(target, part)
    return target


@app.post("/format")
def run_formatter(req: FormatRequest):
    try:
        func = load_callable(req.formatter)
    except (ImportError, AttributeError, ValueError):
        raise HTTPException(status_code=404, detail="unknown formatter")
    result = func(*req.args, **req.options)
    return {"formatter": req.formatter, "result": str(result)}
