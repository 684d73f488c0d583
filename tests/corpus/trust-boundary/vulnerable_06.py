# corpus: cwe=501 label=vulnerable
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "replace-me"


@app.route("/wizard/step", methods=["POST"])
def wizard_step():
    step = request.form.get("next_step", "1")
    answers = session.setdefault("answers", {})
    answers[step] = request.form.get("answer", "")
    session["step"] = step
    return {"step": step}
