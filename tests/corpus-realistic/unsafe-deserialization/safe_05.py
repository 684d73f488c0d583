# corpus: cwe=502 label=safe
"""Multi-step onboarding wizard; the client round-trips the wizard state."""
from typing import Dict

from flask import Blueprint, jsonify, request
from pydantic import BaseModel, Field, ValidationError

wizard = Blueprint("wizard", __name__, url_prefix="/onboarding")

STEPS = ("company", "billing", "team", "done")


class WizardState(BaseModel):
    step: int = Field(0, ge=0, lt=len(STEPS))
    data: Dict[str, Dict[str, str]] = {}

    @property
    def current(self) -> str:
        return STEPS[self.step]

    def advance(self, answers: Dict[str, str]) -> None:
        self.data[self.current] = answers
        if self.step < len(STEPS) - 1:
            self.step += 1


def restore_state(raw):
    if not raw:
        return WizardState()
    return WizardState.model_validate_json(raw)


@wizard.route("/step", methods=["POST"])
def submit_step():
    payload = request.get_json(force=True)
    try:
        state = restore_state(payload.get("state"))
    except ValidationError as exc:
        return jsonify(error=exc.errors()), 400
    answers = {str(k): str(v)[:200] for k, v in payload.get("answers", {}).items()}
    state.advance(answers)
    return jsonify(step=state.current, state=state.model_dump_json())


@wizard.route("/summary", methods=["POST"])
def summary():
    try:
        state = restore_state(request.get_json(force=True).get("state"))
    except ValidationError as exc:
        return jsonify(error=exc.errors()), 400
    return jsonify(step=state.current, collected=state.data)
