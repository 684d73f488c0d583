# corpus: cwe=502 label=vulnerable
import io

import torch
from flask import Flask, request

app = Flask(__name__)


@app.post("/models/inspect")
def inspect_model():
    checkpoint = torch.load(io.BytesIO(request.files["ckpt"].read()), map_location="cpu")
    layers = list(checkpoint.get("state_dict", {}))
    return {"layers": layers[:20]}
