# corpus: cwe=502 label=safe
"""Internal RPC gateway: services call each other over HTTP with JSON bodies."""
from typing import Any, Callable, Dict, List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="rpc-gateway")

HANDLERS: Dict[str, Callable[..., Any]] = {}


class RpcCall(BaseModel):
    args: List[Any] = []
    kwargs: Dict[str, Any] = {}


def rpc(name):
    def register(fn):
        HANDLERS[name] = fn
        return fn
    return register


@rpc("inventory.reserve")
def reserve(sku: str, qty: int = 1):
    return {"sku": str(sku), "reserved": int(qty)}


@rpc("inventory.release")
def release(sku: str, qty: int = 1):
    return {"sku": str(sku), "released": int(qty)}


@app.post("/rpc/{method}")
def call(method: str, body: RpcCall):
    handler = HANDLERS.get(method)
    if handler is None:
        raise HTTPException(status_code=404, detail="unknown method")
    try:
        result = handler(*body.args, **body.kwargs)
    except TypeError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"result": result}
