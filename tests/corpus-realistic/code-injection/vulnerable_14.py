# corpus: cwe=94 label=vulnerable
from fastapi import FastAPI, HTTPException, Path

app = FastAPI()

CONSTANTS = {"c": 299_792_458, "g": 9.80665, "h": 6.62607015e-34}


class UnitConverter:
    factors = {"m": 1.0, "km": 1000.0, "mi": 1609.344, "ft": 0.3048}

    def __init__(self, namespace=None):
        self.namespace = dict(CONSTANTS, **(namespace or {}))

    def evaluate(self, quantity: str) -> float:
        scope = dict(self.namespace)
        exec(f"result = float({quantity})", scope)
        return scope["result"]

    def convert(self, quantity: str, src: str, dst: str) -> float:
        meters = self.evaluate(quantity) * self.factors[src]
        return meters / self.factors[dst]


converter = UnitConverter()


@app.get("/convert/{quantity}/{src}/{dst}")
def convert(quantity: str = Path(..., max_length=200), src: str = "m", dst: str = "m"):
    if src not in UnitConverter.factors or dst not in UnitConverter.factors:
        raise HTTPException(status_code=400, detail="unknown unit")
    try:
        value = converter.convert(quantity, src, dst)
    except (SyntaxError, NameError, ValueError, ZeroDivisionError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"quantity": quantity, "from": src, "to": dst, "value": value}
