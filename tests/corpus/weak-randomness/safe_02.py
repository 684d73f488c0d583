# corpus: cwe=338 label=safe
import secrets

from flask import Flask, session

from .models import User, db
from .sms import send_sms

app = Flask(__name__)


@app.post("/2fa/send")
def send_code():
    user = User.query.get(session["pending_uid"])
    user.otp = "%06d" % secrets.randbelow(10**6)
    db.session.commit()
    send_sms(user.phone, "Your login code: " + user.otp)
    return "", 204
