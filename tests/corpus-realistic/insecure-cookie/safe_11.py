# corpus: cwe=614 label=safe
"""Minimal WSGI login app used by the kiosk terminals."""
import hmac
import json
import os
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qs

KIOSK_PIN = os.environ.get("KIOSK_PIN", "")
ACTIVE = set()


def read_form(environ):
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    body = environ["wsgi.input"].read(length).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(body).items()}


def session_cookie(token, max_age=900):
    cookie = SimpleCookie()
    cookie["kiosk_sid"] = token
    morsel = cookie["kiosk_sid"]
    morsel["path"] = "/"
    morsel["max-age"] = max_age
    morsel["secure"] = True
    morsel["httponly"] = True
    morsel["samesite"] = "Strict"
    return morsel.OutputString()


def respond(start_response, status, payload, headers=()):
    start_response(status, [("Content-Type", "application/json")] + list(headers))
    return [json.dumps(payload).encode()]


def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path == "/login" and environ.get("REQUEST_METHOD") == "POST":
        form = read_form(environ)
        if not KIOSK_PIN or not hmac.compare_digest(form.get("pin", ""), KIOSK_PIN):
            return respond(start_response, "403 Forbidden", {"ok": False})
        token = secrets.token_hex(16)
        ACTIVE.add(token)
        return respond(start_response, "200 OK", {"ok": True}, [("Set-Cookie", session_cookie(token))])

    cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
    sid = cookie["kiosk_sid"].value if "kiosk_sid" in cookie else ""
    if path == "/logout":
        ACTIVE.discard(sid)
        return respond(start_response, "200 OK", {"ok": True}, [("Set-Cookie", session_cookie("", max_age=0))])
    if sid not in ACTIVE:
        return respond(start_response, "401 Unauthorized", {"ok": False})
    return respond(start_response, "200 OK", {"ok": True, "screen": "home"})
