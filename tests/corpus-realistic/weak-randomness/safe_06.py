# corpus: cwe=338 label=safe
"""Quiz endpoints for the onboarding training module."""
import random
from dataclasses import dataclass, field
from typing import List

from flask import Blueprint, abort, jsonify, request, session

quiz_bp = Blueprint("quiz", __name__)


@dataclass
class Question:
    qid: int
    text: str
    options: List[str]
    answer: int
    tags: List[str] = field(default_factory=list)


QUESTION_BANK = [
    Question(1, "Where do you report a lost badge?", ["Security desk", "HR", "IT"], 0),
    Question(2, "Minimum screen-lock timeout?", ["1 min", "5 min", "30 min"], 1),
    Question(3, "Who may approve VPN access?", ["Anyone", "Your manager", "IT lead"], 2),
    Question(4, "Phishing mails should be...", ["Deleted", "Forwarded", "Reported"], 2),
    Question(5, "Guests must be...", ["Escorted", "Ignored", "Photographed"], 0),
    Question(6, "USB sticks from the car park?", ["Plug in", "Hand to IT", "Keep"], 1),
]


def build_quiz(size, seed=None):
    rng = random.Random(seed)
    picked = rng.sample(QUESTION_BANK, k=min(size, len(QUESTION_BANK)))
    quiz = []
    for q in picked:
        order = list(range(len(q.options)))
        rng.shuffle(order)
        quiz.append(
            {
                "qid": q.qid,
                "text": q.text,
                "options": [q.options[i] for i in order],
                "order": order,
            }
        )
    return quiz


@quiz_bp.get("/quiz")
def start_quiz():
    size = request.args.get("size", default=4, type=int)
    quiz = build_quiz(size)
    session["quiz_order"] = {str(q["qid"]): q["order"] for q in quiz}
    return jsonify([{k: q[k] for k in ("qid", "text", "options")} for q in quiz])


@quiz_bp.post("/quiz")
def grade_quiz():
    orders = session.get("quiz_order")
    if not orders:
        abort(400)
    answers = request.get_json(force=True) or {}
    by_id = {q.qid: q for q in QUESTION_BANK}
    score = 0
    for qid, shown_index in answers.items():
        order = orders.get(str(qid))
        if order is None or not 0 <= int(shown_index) < len(order):
            continue
        if order[int(shown_index)] == by_id[int(qid)].answer:
            score += 1
    return jsonify({"score": score, "total": len(orders)})
