# corpus: cwe=502 label=vulnerable
"""Remote job runner: data-science notebooks submit serialized feature functions."""
import dill
from flask import Flask, jsonify, request

from .datasets import load_frame

app = Flask(__name__)

ALLOWED_DATASETS = {"orders_2023", "orders_2024", "sessions_sample"}


def read_job(files):
    job_file = files.get("job")
    if job_file is None:
        raise ValueError("job file missing")
    return dill.loads(job_file.read())


def apply_feature(frame, job):
    fn = job["fn"]
    column = job.get("column", "feature")
    frame[column] = frame.apply(fn, axis=1)
    return frame[[column]].describe().to_dict()


@app.route("/jobs/features", methods=["POST"])
def run_feature_job():
    dataset = request.form.get("dataset", "")
    if dataset not in ALLOWED_DATASETS:
        return jsonify(error="unknown dataset"), 404
    try:
        job = read_job(request.files)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400

    frame = load_frame(dataset)
    stats = apply_feature(frame, job)
    return jsonify(dataset=dataset, stats=stats)
