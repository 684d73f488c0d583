# corpus: cwe=327 label=vulnerable
"""Single sign-on bridge from the legacy HR portal."""
import base64
import os
import time

import pyDes
from flask import Flask, abort, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

SSO_KEY = bytes.fromhex(os.environ["HR_SSO_KEY_HEX"])
SSO_IV = bytes.fromhex(os.environ["HR_SSO_IV_HEX"])
MAX_AGE = 120


def sso_cipher():
    return pyDes.triple_des(SSO_KEY, pyDes.CBC, SSO_IV, pad=None, padmode=pyDes.PAD_PKCS5)


def parse_ticket(ticket):
    plain = sso_cipher().decrypt(base64.b64decode(ticket)).decode("utf-8")
    fields = dict(part.split("=", 1) for part in plain.split("&") if "=" in part)
    return {
        "employee": fields.get("emp", "").strip(),
        "issued": int(fields.get("ts", "0")),
        "dept": fields.get("dept", "").strip().lower(),
    }


def issue_ticket(employee, dept):
    plain = "emp={}&ts={}&dept={}".format(employee, int(time.time()), dept)
    return base64.b64encode(sso_cipher().encrypt(plain.encode("utf-8"))).decode("ascii")


@app.get("/sso/hr")
def sso_from_hr():
    ticket = request.args.get("ticket", "")
    try:
        info = parse_ticket(ticket)
    except (ValueError, UnicodeDecodeError):
        abort(400)
    if not info["employee"] or time.time() - info["issued"] > MAX_AGE:
        abort(403)
    session.clear()
    session["employee"] = info["employee"]
    session["dept"] = info["dept"]
    return redirect("/")
