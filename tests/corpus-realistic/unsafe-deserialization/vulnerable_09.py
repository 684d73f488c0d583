# corpus: cwe=502 label=vulnerable
"""Internal RPC gateway: services call each other over HTTP with binary bodies."""
import pickle
from typing import Any, Callable, Dict

from fastapi import FastAPI, Request, Response

app = FastAPI(title="rpc-gateway")

CONTENT_TYPE = "application/x-python-pickle"


class Codec:
    protocol = pickle.HIGHEST_PROTOCOL

    def encode(self, obj: Any) -> bytes:
        return pickle.dumps(obj, protocol=self.protocol)

    def decode(self, data: bytes) -> Any:
        return pickle.loads(data)


codec = Codec()
HANDLERS: Dict[str, Callable[..., Any]] = {}


def rpc(name):
    def register(fn):
        HANDLERS[name] = fn
        return fn
    return register


@rpc("inventory.reserve")
def reserve(sku: str, qty: int = 1):
    return {"sku": sku, "reserved": qty}


@rpc("inventory.release")
def release(sku: str, qty: int = 1):
    return {"sku": sku, "released": qty}


@app.post("/rpc/{method}")
async def call(method: str, request: Request):
    handler = HANDLERS.get(method)
    if handler is None:
        return Response(status_code=404)
    args, kwargs = codec.decode(await request.body())
    result = handler(*args, **kwargs)
    return Response(content=codec.encode(result), media_type=CONTENT_TYPE)
