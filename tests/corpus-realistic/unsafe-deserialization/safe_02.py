# corpus: cwe=502 label=safe
"""CI pipeline definitions: users paste a YAML pipeline to validate it."""
import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)

REQUIRED_STAGE_KEYS = ("name", "image", "script")


def validate_stage(stage, index):
    if not isinstance(stage, dict):
        return ["stage %d is not a mapping" % index]
    problems = [
        "stage %d: missing '%s'" % (index, key)
        for key in REQUIRED_STAGE_KEYS
        if key not in stage
    ]
    if "timeout" in stage and not isinstance(stage["timeout"], int):
        problems.append("stage %d: timeout must be an integer" % index)
    return problems


def load_pipeline(text):
    return yaml.safe_load(text)


@app.route("/api/pipelines/validate", methods=["POST"])
def validate_pipeline():
    source = request.get_data(as_text=True)
    if not source.strip():
        return jsonify(valid=False, errors=["empty document"]), 400
    try:
        pipeline = load_pipeline(source)
    except yaml.YAMLError as exc:
        return jsonify(valid=False, errors=[str(exc)]), 400
    if not isinstance(pipeline, dict):
        return jsonify(valid=False, errors=["top level must be a mapping"]), 400

    stages = pipeline.get("stages", [])
    errors = []
    for i, stage in enumerate(stages):
        errors.extend(validate_stage(stage, i))
    return jsonify(valid=not errors, errors=errors, stage_count=len(stages))
