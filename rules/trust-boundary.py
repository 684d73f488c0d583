# Test cases for rules/trust-boundary.yaml (semgrep --test).
import re

from flask import Flask, abort, redirect, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = "test"

THEMES = {"light", "dark", "contrast"}
PLANS = {"free": "plan-free", "pro": "plan-pro"}


def find_user(name):
    return None


@app.route("/login", methods=["POST"])
def login_without_check():
    # ruleid: python-trust-boundary-session
    session["user_id"] = request.form["user_id"]
    return redirect("/")


@app.route("/impersonate")
def impersonate():
    role = request.args.get("role", "user")
    # ruleid: python-trust-boundary-session
    session["role"] = role
    return "ok"


@app.route("/prefs", methods=["POST"])
def prefs():
    data = request.get_json()
    # ruleid: python-trust-boundary-session
    session.update(data)
    return "saved"


@app.route("/tenant/<tenant>")
def switch_tenant(tenant):
    # ruleid: python-trust-boundary-session
    session.update(tenant=tenant, switched=True)
    return "ok"


@app.route("/flag")
def flag():
    key = request.args.get("k", "x")
    # ruleid: python-trust-boundary-session
    session[key] = True
    return "ok"


@app.route("/theme-logged")
def theme_logged():
    theme = request.cookies.get("theme", "light")
    if theme not in THEMES:
        app.logger.info("unknown theme %s", theme)
    # ruleid: python-trust-boundary-session
    session["theme"] = theme
    return "ok"


def django_step(request):
    # ruleid: python-trust-boundary-session
    request.session["checkout_step"] = request.POST.get("step")
    # ruleid: python-trust-boundary-session
    request.session.setdefault("coupon", request.GET["coupon"])
    return None


# ---- safe variants -------------------------------------------------------


@app.route("/login-checked", methods=["POST"])
def login_checked():
    user = find_user(request.form["username"])
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        abort(401)
    # ok: python-trust-boundary-session
    session["username"] = request.form["username"]
    # ok: python-trust-boundary-session
    session["user_id"] = user.id
    return redirect("/")


@app.route("/theme")
def theme():
    choice = request.args.get("theme", "light")
    if choice in THEMES:
        # ok: python-trust-boundary-session
        session["theme"] = choice
    return "ok"


@app.route("/plan")
def plan():
    # ok: python-trust-boundary-session
    session["plan"] = PLANS.get(request.args.get("plan"), "plan-free")
    return "ok"


@app.route("/nickname", methods=["POST"])
def nickname():
    nick = request.form.get("nick", "")
    if not re.fullmatch(r"[A-Za-z0-9_]{3,20}", nick):
        abort(400)
    # ok: python-trust-boundary-session
    session["nick"] = nick
    return "ok"


@app.route("/visit")
def visit():
    request.args.get("ref")
    # ok: python-trust-boundary-session
    session["visited"] = True
    return "ok"


@app.route("/overwrite")
def overwrite():
    lang = request.args.get("lang")
    lang = "en"
    # ok: python-trust-boundary-session
    session["lang"] = lang
    return "ok"


@app.route("/dead")
def dead():
    lang = request.args.get("lang")
    if False:
        # ok: python-trust-boundary-session
        session["lang"] = lang
    return "ok"


def django_form(request, SignupForm):
    form = SignupForm(request.POST)
    if form.is_valid():
        # ok: python-trust-boundary-session
        request.session["email"] = form.cleaned_data["email"]
    return None


def django_account(request, Account):
    account = Account.objects.get(pk=request.POST["account"], owner=request.user)
    # ok: python-trust-boundary-session
    request.session["account_id"] = account.pk
    return None


@app.route("/login-sql", methods=["POST"])
def login_sql():
    row = app.db.execute(
        "SELECT id FROM users WHERE name = ? AND pw_hash = ?",
        (request.form["name"], request.form["pw_hash"]),
    ).fetchone()
    if row is None:
        abort(401)
    # ok: python-trust-boundary-session
    session["uid"] = row[0]
    return "ok"


# ---- rule pack v2: other session objects and frameworks, precision -------

import re  # noqa: E402

import tornado.web  # noqa: E402
from aiohttp_session import get_session  # noqa: E402

TEAM_ID = re.compile(r"[a-z0-9-]{3,32}")


async def pick_queue(request):
    data = await request.json()
    sess = await get_session(request)
    # ruleid: python-trust-boundary-session
    sess["queue"] = data["queue"]


class RoleHandler(tornado.web.RequestHandler):
    def post(self):
        # ruleid: python-trust-boundary-session
        self.session["role"] = self.get_argument("role")


def team_slug(raw):
    if not TEAM_ID.fullmatch(raw):
        abort(400)
    return raw


@app.route("/team", methods=["POST"])
def choose_team():
    team = team_slug(request.form["team"])
    # ok: python-trust-boundary-session
    session["team"] = team
    return "ok"


def page_size(raw):
    try:
        return max(10, min(int(raw), 100))
    except ValueError:
        return 20


@app.route("/prefs", methods=["POST"])
def prefs():
    # ok: python-trust-boundary-session
    session["page_size"] = page_size(request.form.get("size"))
    return "ok"
