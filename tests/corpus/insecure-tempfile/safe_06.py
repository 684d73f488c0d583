# corpus: cwe=377 label=safe
import json
import os

from flask import Flask

app = Flask(__name__, instance_relative_config=True)


@app.post("/reports/nightly")
def nightly_report():
    outdir = os.path.join(app.instance_path, "reports")
    os.makedirs(outdir, mode=0o700, exist_ok=True)
    with open(os.path.join(outdir, "nightly.json"), "w") as fh:
        json.dump({"orders": 1204}, fh)
    return {"saved": True}
