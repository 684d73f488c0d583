# corpus: cwe=502 label=safe
import json

from flask import Flask, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(app.config.get("SECRET_KEY", ""), salt="wizard")


@app.route("/wizard/step")
def wizard_step():
    try:
        state = signer.loads(request.cookies.get("wizard_state", ""))
    except BadSignature:
        state = {"step": 1}
    state["step"] = int(state.get("step", 1)) + 1
    return json.dumps({"step": state["step"]})
