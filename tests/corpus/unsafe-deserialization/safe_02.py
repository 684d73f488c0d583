# corpus: cwe=502 label=safe
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipelines/validate")
def validate_pipeline():
    spec = yaml.safe_load(request.get_data()) or {}
    stages = spec.get("stages", [])
    return {"stages": len(stages), "ok": bool(stages)}
