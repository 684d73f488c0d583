# corpus: cwe=502 label=vulnerable
"""Multi-step onboarding wizard; the client round-trips the wizard state."""
import jsonpickle
from flask import Blueprint, jsonify, request

wizard = Blueprint("wizard", __name__, url_prefix="/onboarding")


class WizardState:
    steps = ("company", "billing", "team", "done")

    def __init__(self):
        self.step = 0
        self.data = {}

    @property
    def current(self):
        return self.steps[self.step]

    def advance(self, answers):
        self.data[self.current] = answers
        if self.step < len(self.steps) - 1:
            self.step += 1


def restore_state(blob):
    if not blob:
        return WizardState()
    return jsonpickle.decode(blob)


def dump_state(state):
    return jsonpickle.encode(state)


@wizard.route("/step", methods=["POST"])
def submit_step():
    payload = request.get_json(force=True)
    state = restore_state(payload.get("state"))
    answers = {k: str(v)[:200] for k, v in payload.get("answers", {}).items()}
    state.advance(answers)
    return jsonify(step=state.current, state=dump_state(state))


@wizard.route("/summary", methods=["POST"])
def summary():
    state = restore_state(request.get_json(force=True).get("state"))
    return jsonify(step=state.current, collected=state.data)
