# corpus: cwe=601 label=vulnerable
"""Survey submission API; survey embeds choose where respondents land afterwards."""
from typing import Dict, Optional

from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

app = FastAPI()


class SurveyConfig(BaseModel):
    survey_id: str
    thank_you_url: Optional[str] = None


RESPONSES: Dict[str, list] = {}
DEFAULT_THANKS = "/surveys/thanks"


def store_answers(survey_id: str, answers: dict) -> int:
    RESPONSES.setdefault(survey_id, []).append(answers)
    return len(RESPONSES[survey_id])


def finish(config: SurveyConfig) -> RedirectResponse:
    target = config.thank_you_url or DEFAULT_THANKS
    return RedirectResponse(target, status_code=303)


@app.post("/surveys/{survey_id}/submit")
def submit(
    survey_id: str,
    answer_1: str = Form(""),
    answer_2: str = Form(""),
    thank_you_url: Optional[str] = Form(None),
):
    count = store_answers(survey_id, {"q1": answer_1.strip(), "q2": answer_2.strip()})
    config = SurveyConfig(survey_id=survey_id, thank_you_url=thank_you_url)
    response = finish(config)
    response.headers["X-Response-Number"] = str(count)
    return response
