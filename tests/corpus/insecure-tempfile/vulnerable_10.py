# corpus: cwe=377 label=vulnerable
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/jobs")
def submit_job():
    job_id = request.form["job_id"]
    out_path = f"/tmp/{job_id}.out"
    with open(out_path, "w") as out:
        subprocess.run(["/opt/jobs/run.sh"], stdout=out, check=False)
    return {"output": out_path}
