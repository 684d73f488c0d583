# corpus: cwe=489 label=vulnerable
"""Survey builder backend."""
import os

from flask import Blueprint, Flask, abort, jsonify, request

surveys_bp = Blueprint("surveys", __name__, url_prefix="/surveys")
_SURVEYS = {}


def next_id():
    return max(_SURVEYS, default=0) + 1


def clean_questions(raw):
    questions = []
    for item in raw or []:
        text = str(item.get("text", "")).strip()
        kind = item.get("kind", "text")
        if text and kind in ("text", "choice", "scale"):
            questions.append({"text": text, "kind": kind, "options": list(item.get("options", []))[:10]})
    return questions


@surveys_bp.route("", methods=["POST"])
def create_survey():
    body = request.get_json(silent=True) or {}
    questions = clean_questions(body.get("questions"))
    if not questions:
        return jsonify({"error": "survey needs at least one question"}), 400
    survey_id = next_id()
    _SURVEYS[survey_id] = {"title": body.get("title", "Untitled").strip(), "questions": questions}
    return jsonify({"id": survey_id}), 201


@surveys_bp.route("/<int:survey_id>")
def get_survey(survey_id):
    survey = _SURVEYS.get(survey_id)
    if survey is None:
        abort(404)
    return jsonify(survey)


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["SURVEY_SECRET_KEY"]
    app.register_blueprint(surveys_bp)
    return app


if __name__ == "__main__":
    create_app().run(
        host=os.environ.get("SURVEY_HOST", "127.0.0.1"),
        port=int(os.environ.get("SURVEY_PORT", "5050")),
        use_debugger=True,
        use_reloader=False,
    )
