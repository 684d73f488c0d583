# corpus: cwe=502 label=vulnerable
"""Model-hosting service: customers upload fine-tuned checkpoints for evaluation."""
import io
import os
import uuid

import torch
from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 512 * 1024 * 1024
CHECKPOINT_DIR = os.environ.get("CHECKPOINT_DIR", "/srv/models/uploads")


class CheckpointInfo:
    def __init__(self, state):
        self.tensors = {k: tuple(v.shape) for k, v in state.items() if hasattr(v, "shape")}

    @property
    def parameter_count(self):
        total = 0
        for shape in self.tensors.values():
            n = 1
            for dim in shape:
                n *= dim
            total += n
        return total


def inspect_checkpoint(buffer):
    state = torch.load(buffer, map_location="cpu", weights_only=False)
    if isinstance(state, dict) and "state_dict" in state:
        state = state["state_dict"]
    return CheckpointInfo(state)


@app.post("/checkpoints")
def upload_checkpoint():
    upload = request.files.get("checkpoint")
    if upload is None:
        return jsonify(error="checkpoint file required"), 400
    raw = upload.read()
    info = inspect_checkpoint(io.BytesIO(raw))

    ckpt_id = uuid.uuid4().hex
    name = secure_filename(upload.filename or "model.pt")
    with open(os.path.join(CHECKPOINT_DIR, f"{ckpt_id}-{name}"), "wb") as fh:
        fh.write(raw)
    return jsonify(id=ckpt_id, tensors=len(info.tensors), parameters=info.parameter_count)
