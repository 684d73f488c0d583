# corpus: cwe=502 label=safe
import io

import torch
from flask import Flask, request

app = Flask(__name__)


@app.post("/models/inspect")
def inspect_model():
    data = io.BytesIO(request.files["ckpt"].read())
    state = torch.load(data, map_location="cpu", weights_only=True)
    return {"tensors": sorted(state)[:20]}
