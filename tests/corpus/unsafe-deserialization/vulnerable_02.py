# corpus: cwe=502 label=vulnerable
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipelines/validate")
def validate_pipeline():
    spec = yaml.load(request.get_data(), Loader=yaml.Loader)
    stages = spec.get("stages", [])
    return {"stages": len(stages), "ok": bool(stages)}
