# corpus: cwe=78 label=safe
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
MAINTENANCE_TASKS = {
    "restart": ["systemctl", "restart", "app.service"],
    "reload": ["systemctl", "reload", "nginx.service"],
}


@app.post("/admin/task")
def run_task():
    task = MAINTENANCE_TASKS.get(request.form.get("task", ""))
    if task is None:
        abort(400)
    subprocess.run(task, check=True)
    return "done"
