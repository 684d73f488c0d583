# corpus: cwe=502 label=safe
import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.post("/arrays/stats")
def array_stats():
    arr = np.load(request.files["array"].stream)
    return {"shape": list(arr.shape), "mean": float(arr.mean())}
