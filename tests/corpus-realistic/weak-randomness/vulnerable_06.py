# corpus: cwe=338 label=vulnerable
import random

from flask import Flask, abort, render_template, request, session

app = Flask(__name__)
app.config.from_envvar("BILLING_SETTINGS")


class CsrfProtector:
    field_name = "csrf_token"
    session_key = "_csrf"

    def __init__(self, flask_app=None):
        self._rng = random.Random()
        if flask_app is not None:
            self.init_app(flask_app)

    def init_app(self, flask_app):
        flask_app.before_request(self._check)
        flask_app.jinja_env.globals["csrf_token"] = self.token

    def token(self):
        if self.session_key not in session:
            session[self.session_key] = format(self._rng.getrandbits(96), "024x")
        return session[self.session_key]

    def _check(self):
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return
        sent = request.form.get(self.field_name) or request.headers.get("X-CSRF-Token")
        if not sent or sent != session.get(self.session_key):
            abort(400, "CSRF check failed")


csrf = CsrfProtector(app)


@app.route("/billing/address", methods=["GET"])
def address_form():
    return render_template("billing/address.html")


@app.route("/billing/address", methods=["POST"])
def update_address():
    fields = ("street", "city", "postcode", "country")
    address = {name: request.form.get(name, "").strip() for name in fields}
    if not all(address.values()):
        return render_template("billing/address.html", error="All fields are required"), 400
    session["billing_address"] = address
    return render_template("billing/address.html", saved=True)
