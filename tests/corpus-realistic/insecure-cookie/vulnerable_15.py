# corpus: cwe=614 label=vulnerable
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


def session_cookie(token):
    cookie = SimpleCookie()
    cookie["kiosk_sid"] = token
    cookie["kiosk_sid"]["path"] = "/"
    cookie["kiosk_sid"]["max-age"] = 900
    return cookie["kiosk_sid"].OutputString()


def json_response(start_response, status, payload, headers=()):
    body = json.dumps(payload).encode()
    start_response(status, [("Content-Type", "application/json")] + list(headers))
    return [body]


def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    method = environ.get("REQUEST_METHOD", "GET")

    if path == "/login" and method == "POST":
        form = read_form(environ)
        if not KIOSK_PIN or not hmac.compare_digest(form.get("pin", ""), KIOSK_PIN):
            return json_response(start_response, "403 Forbidden", {"ok": False})
        token = secrets.token_hex(16)
        ACTIVE.add(token)
        return json_response(
            start_response, "200 OK", {"ok": True}, [("Set-Cookie", session_cookie(token))]
        )

    cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
    sid = cookie["kiosk_sid"].value if "kiosk_sid" in cookie else ""
    if sid not in ACTIVE:
        return json_response(start_response, "401 Unauthorized", {"ok": False})
    return json_response(start_response, "200 OK", {"ok": True, "screen": "home"})
