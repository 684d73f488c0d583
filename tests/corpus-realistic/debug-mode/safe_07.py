# corpus: cwe=489 label=safe
"""pytest fixtures and tests for the survey builder blueprint."""
import secrets

import pytest

from surveys.app import create_app


@pytest.fixture
def app(tmp_path):
    application = create_app()
    application.config.update(
        TESTING=True,
        DEBUG=True,
        SECRET_KEY=secrets.token_hex(16),
        SURVEY_STORAGE=str(tmp_path),
    )
    yield application


@pytest.fixture
def client(app):
    return app.test_client()


def make_survey(client, title="Team lunch", questions=None):
    payload = {
        "title": title,
        "questions": questions or [{"text": "Pizza or sushi?", "kind": "choice", "options": ["pizza", "sushi"]}],
    }
    return client.post("/surveys", json=payload)


def test_create_survey_returns_id(client):
    resp = make_survey(client)
    assert resp.status_code == 201
    assert isinstance(resp.get_json()["id"], int)


def test_empty_survey_rejected(client):
    resp = client.post("/surveys", json={"title": "Empty", "questions": []})
    assert resp.status_code == 400


def test_unknown_question_kind_dropped(client):
    resp = make_survey(client, questions=[{"text": "Rate us", "kind": "slider"}, {"text": "Why?", "kind": "text"}])
    survey_id = resp.get_json()["id"]
    survey = client.get("/surveys/%d" % survey_id).get_json()
    assert [q["kind"] for q in survey["questions"]] == ["text"]


def test_missing_survey_is_404(client):
    assert client.get("/surveys/99999").status_code == 404
