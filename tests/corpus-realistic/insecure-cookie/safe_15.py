# corpus: cwe=614 label=safe
"""Marketing site: A/B bucket and consent cookies, session settings loaded from a file."""
import json
import os
import random
from dataclasses import dataclass

from flask import Flask, jsonify, make_response, request


@dataclass
class CookieSettings:
    secure: bool = True
    httponly: bool = True
    samesite: str = "Lax"

    @classmethod
    def from_file(cls, path):
        if not os.path.exists(path):
            return cls()
        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh).get("cookies", {})
        samesite = str(raw.get("samesite", "Lax")).capitalize()
        return cls(samesite=samesite if samesite in ("Lax", "Strict") else "Lax")


cookie_settings = CookieSettings.from_file(os.environ.get("SITE_CONFIG", "site.json"))

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SITE_SECRET_KEY"],
    SESSION_COOKIE_SECURE=cookie_settings.secure,
    SESSION_COOKIE_HTTPONLY=cookie_settings.httponly,
    SESSION_COOKIE_SAMESITE=cookie_settings.samesite,
)

VARIANTS = ["hero-a", "hero-b", "hero-c"]


def pick_variant():
    return random.choice(VARIANTS)


@app.route("/")
def landing():
    variant = request.cookies.get("ab_bucket")
    if variant not in VARIANTS:
        variant = pick_variant()
    resp = make_response(jsonify({"variant": variant}))
    resp.set_cookie("ab_bucket", variant, max_age=30 * 86400, secure=True, httponly=True, samesite="Lax")
    return resp


@app.post("/consent")
def consent():
    choice = "all" if request.form.get("accept") == "all" else "essential"
    resp = make_response(jsonify({"consent": choice}))
    resp.set_cookie("consent", choice, max_age=180 * 86400, secure=True, httponly=True, samesite="Lax")
    return resp
