# corpus: cwe=601 label=safe
"""Survey submission API; each survey has a configured landing page."""
from typing import Dict, Optional

from fastapi import FastAPI, Form, HTTPException
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

app = FastAPI()


class SurveyConfig(BaseModel):
    survey_id: str
    thank_you_url: Optional[str] = None


SURVEYS: Dict[str, SurveyConfig] = {
    "nps-2024": SurveyConfig(survey_id="nps-2024", thank_you_url="https://www.example.com/thanks"),
    "onboarding": SurveyConfig(survey_id="onboarding"),
}
RESPONSES: Dict[str, list] = {}
DEFAULT_THANKS = "/surveys/thanks"


def store_answers(survey_id: str, answers: dict) -> int:
    RESPONSES.setdefault(survey_id, []).append(answers)
    return len(RESPONSES[survey_id])


def finish(config: SurveyConfig) -> RedirectResponse:
    return RedirectResponse(config.thank_you_url or DEFAULT_THANKS, status_code=303)


@app.post("/surveys/{survey_id}/submit")
def submit(
    survey_id: str,
    answer_1: str = Form(""),
    answer_2: str = Form(""),
    thank_you_url: Optional[str] = Form(None),
):
    config = SURVEYS.get(survey_id)
    if config is None:
        raise HTTPException(status_code=404, detail="unknown survey")
    answers = {"q1": answer_1.strip(), "q2": answer_2.strip(), "client_thanks": thank_you_url}
    count = store_answers(survey_id, answers)
    response = finish(config)
    response.headers["X-Response-Number"] = str(count)
    return response
