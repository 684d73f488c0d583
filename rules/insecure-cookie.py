# Test cases for rules/insecure-cookie.yaml (semgrep --test).
from django.http import HttpResponse
from fastapi import FastAPI, Response
from flask import Flask, make_response, request

app = Flask(__name__)
api = FastAPI()

COOKIE_OPTIONS = {"secure": True, "httponly": True, "samesite": "Lax"}

# ruleid: python-cookie-missing-secure
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: python-cookie-missing-httponly
app.config["SESSION_COOKIE_HTTPONLY"] = False
# ruleid: python-cookie-missing-secure
app.config.update(SESSION_COOKIE_SECURE=False, SESSION_COOKIE_SAMESITE="Lax")
# ruleid: python-cookie-missing-httponly
app.config.from_mapping({"REMEMBER_COOKIE_HTTPONLY": False})

# Django settings
# ruleid: python-cookie-missing-secure
SESSION_COOKIE_SECURE = False
# ruleid: python-cookie-missing-secure
CSRF_COOKIE_SECURE = False
# ruleid: python-cookie-missing-httponly
SESSION_COOKIE_HTTPONLY = False


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("welcome")
    # ruleid: python-cookie-missing-secure
    resp.set_cookie("session_id", "abc123", httponly=True)
    return resp


@app.route("/remember", methods=["POST"])
def remember():
    resp = make_response("ok")
    # ruleid: python-cookie-missing-secure
    resp.set_cookie("remember_token", "t0k3n", max_age=3600, secure=False, httponly=True)
    return resp


@app.route("/prefs")
def prefs():
    resp = make_response("saved")
    # ruleid: python-cookie-missing-httponly
    resp.set_cookie("auth", "xyz", secure=True, samesite="Strict")
    return resp


@app.route("/tracking")
def tracking():
    resp = make_response("ok")
    # ruleid: python-cookie-missing-secure, python-cookie-missing-httponly
    resp.set_cookie("visitor", request.remote_addr)
    return resp


@app.route("/explicit-off")
def explicit_off():
    resp = make_response("ok")
    # ruleid: python-cookie-missing-httponly
    resp.set_cookie("sid", "v", secure=True, httponly=False)
    return resp


def django_view(request):
    response = HttpResponse("ok")
    # ruleid: python-cookie-missing-httponly
    response.set_signed_cookie("uid", "42", salt="profile", secure=True)
    return response


@api.post("/token")
def issue_token(response: Response):
    # ruleid: python-cookie-missing-secure
    response.set_cookie(key="access_token", value="jwt", httponly=True, samesite="lax")
    return {"ok": True}


# ---- safe variants -------------------------------------------------------

# ok: python-cookie-missing-secure
app.config["SESSION_COOKIE_SECURE"] = True
# ok: python-cookie-missing-httponly
app.config["SESSION_COOKIE_HTTPONLY"] = True
# ok: python-cookie-missing-secure
app.config["SESSION_COOKIE_SECURE"] = not app.debug
# ok: python-cookie-missing-secure, python-cookie-missing-httponly
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)
# ok: python-cookie-missing-httponly
CSRF_COOKIE_HTTPONLY = False


@app.route("/login-safe", methods=["POST"])
def login_safe():
    resp = make_response("welcome")
    # ok: python-cookie-missing-secure, python-cookie-missing-httponly
    resp.set_cookie("session_id", "abc123", secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/options")
def with_options():
    resp = make_response("ok")
    # ok: python-cookie-missing-secure, python-cookie-missing-httponly
    resp.set_cookie("session_id", "abc123", **COOKIE_OPTIONS)
    return resp


@app.route("/logout")
def logout():
    resp = make_response("bye")
    # ok: python-cookie-missing-secure, python-cookie-missing-httponly
    resp.set_cookie("session_id", "", expires=0)
    # ok: python-cookie-missing-secure, python-cookie-missing-httponly
    resp.delete_cookie("remember_token")
    return resp


@app.route("/behind-proxy")
def behind_proxy():
    resp = make_response("ok")
    # ok: python-cookie-missing-secure, python-cookie-missing-httponly
    resp.set_cookie("sid", "v", secure=request.is_secure, httponly=True)
    return resp


@app.route("/dead")
def dead():
    resp = make_response("ok")
    if False:
        # ok: python-cookie-missing-secure, python-cookie-missing-httponly
        resp.set_cookie("debug", "1")
    return resp


@api.post("/token-safe")
def issue_token_safe(response: Response):
    # ok: python-cookie-missing-secure, python-cookie-missing-httponly
    response.set_cookie(key="access_token", value="jwt", secure=True, httponly=True)
    return {"ok": True}


# ---- rule pack v2: options dicts, settings objects, http.cookies, deletion --

from http.cookies import SimpleCookie  # noqa: E402

REFRESH_OPTIONS = {"httponly": True, "secure": False, "samesite": "Strict"}


@app.route("/refresh")
def refresh():
    resp = make_response("ok")
    # ruleid: python-cookie-missing-secure
    resp.set_cookie("refresh", request.args["t"], **REFRESH_OPTIONS)
    return resp


class AuthCookie:
    name = "auth"
    secure = False
    http_only = True

    def apply(self, response, value):
        # ruleid: python-cookie-missing-secure
        response.set_cookie(self.name, value, secure=self.secure, httponly=self.http_only)
        return response


def kiosk_cookie(token):
    jar = SimpleCookie()
    # ruleid: python-cookie-missing-secure, python-cookie-missing-httponly
    jar["kiosk"] = token
    jar["kiosk"]["path"] = "/"
    return jar.output()


def kiosk_cookie_safe(token):
    jar = SimpleCookie()
    # ok: python-cookie-missing-secure, python-cookie-missing-httponly
    jar["kiosk"] = token
    morsel = jar["kiosk"]
    morsel["secure"] = True
    morsel["httponly"] = True
    return jar.output()


# ruleid: python-cookie-missing-httponly
WIKI_SETTINGS = dict(SESSION_COOKIE_NAME="wiki", SESSION_COOKIE_HTTPONLY=False)


@app.route("/logout-all")
def logout_all():
    resp = make_response("bye")
    # Deleting a cookie sets it to an empty, expired value.
    # ok: python-cookie-missing-secure, python-cookie-missing-httponly
    resp.set_cookie("remember", "", max_age=0)
    return resp
