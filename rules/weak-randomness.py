# Test cases for rules/weak-randomness.yaml (semgrep --test).
import hmac
import os
import random
import secrets
import string
import time
from random import choice, randint

from flask import Flask, make_response, session

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


@app.route("/forgot", methods=["POST"])
def forgot(user):
    # ruleid: python-weak-random-secret
    user.reset_token = "".join(random.choice(ALPHABET) for _ in range(32))
    return "sent"


def generate_password(length=12):
    chars = [choice(ALPHABET) for _ in range(length)]
    # ruleid: python-weak-random-secret
    return "".join(chars)


def send_otp(phone, sms):
    code = "%06d" % randint(0, 999999)
    # ruleid: python-weak-random-secret
    sms.send(phone, "Your code is " + code, otp=code)


@app.route("/login")
def login():
    value = random.getrandbits(128)
    resp = make_response("hi")
    # ruleid: python-weak-random-secret
    resp.set_cookie("sid", "%032x" % value, httponly=True)
    return resp


@app.route("/form")
def form():
    # ruleid: python-weak-random-secret
    session["csrf"] = str(random.random())[2:]
    return "form"


def issue_key(client):
    rng = random.Random(time.time())
    # ruleid: python-weak-random-secret
    client.api_key = "%x" % rng.getrandbits(160)
    # ruleid: python-weak-random-secret
    return client


def provision_account(user):
    letters = list(ALPHABET)
    random.shuffle(letters)
    # ruleid: python-weak-random-secret
    user.temp_password = "".join(letters[:10])
    return user


def sign(msg: bytes) -> str:
    key = random.randbytes(32)
    # ruleid: python-weak-random-secret
    return hmac.new(key, msg, "sha256").hexdigest()


def invite(email):
    # ruleid: python-weak-random-secret
    return {"email": email, "invite_code": random.randrange(10**8)}


# ---- safe variants -------------------------------------------------------


@app.route("/forgot-safe", methods=["POST"])
def forgot_safe(user):
    # ok: python-weak-random-secret
    user.reset_token = secrets.token_urlsafe(32)
    return "sent"


def generate_password_safe(length=12):
    # ok: python-weak-random-secret
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def send_otp_safe(phone, sms):
    # ok: python-weak-random-secret
    code = "%06d" % secrets.randbelow(10**6)
    sms.send(phone, "Your code is " + code, otp=code)


def new_api_key_safe():
    rng = random.SystemRandom()
    # ok: python-weak-random-secret
    api_key = "".join(rng.choice(ALPHABET) for _ in range(40))
    return api_key


def new_salt():
    # ok: python-weak-random-secret
    salt = os.urandom(16)
    return salt


def shuffle_playlist(tracks):
    # ok: python-weak-random-secret
    random.shuffle(tracks)
    return tracks


def retry_delay(attempt):
    # ok: python-weak-random-secret
    return min(60, 2**attempt) + random.uniform(0, 1)


def sample_rows(rows):
    # ok: python-weak-random-secret
    subset = random.sample(rows, k=min(100, len(rows)))
    return subset


def markov_next(chain, word):
    options, weights = chain[word]
    # ok: python-weak-random-secret
    next_token = random.choices(options, weights=weights)[0]
    return next_token


@app.route("/landing")
def landing():
    # ok: python-weak-random-secret
    session["variant"] = random.choice(["control", "new-hero"])
    return session["variant"]


@app.route("/theme")
def theme():
    resp = make_response("ok")
    # ok: python-weak-random-secret
    resp.set_cookie("theme", random.choice(["light", "dark"]))
    return resp


def token_count_guess():
    # ok: python-weak-random-secret
    max_tokens = random.randint(100, 200)
    return max_tokens


# ---- rule pack v2: helpers, generators, generator objects, precision ------

from dataclasses import dataclass, field  # noqa: E402

RESEED_FOR_TESTS = False


def _random_part(size):
    return "".join(random.choice(ALPHABET) for _ in range(size))


def issue_api_key(owner):
    # ruleid: python-weak-random-secret
    secret = "key_" + _random_part(24)
    # ruleid: python-weak-random-secret
    return {"owner": owner, "secret": secret}


class CsrfTokens:
    def __init__(self):
        self._rng = random.Random()

    def token(self, store):
        # ruleid: python-weak-random-secret
        store["csrf_token"] = "%024x" % self._rng.getrandbits(96)


def generate_voucher():
    # ruleid: python-weak-random-secret
    return "-".join("".join(random.choices(ALPHABET, k=4)) for _ in range(3))


@dataclass
class Invitation:
    email: str
    # ruleid: python-weak-random-secret-inline
    code: str = field(default_factory=lambda: "%08x" % random.getrandbits(32))


def generate_backup_codes(make_group):
    # ruleid: python-weak-random-secret-inline
    return [make_group(random.choice, ALPHABET) for _ in range(8)]


def shuffle_quiz(questions):
    # random for a non-security purpose stays with bandit's low-severity B311
    # ok: python-weak-random-secret
    order = random.sample(questions, k=len(questions))
    return order


def retry_delay(attempt):
    # ok: python-weak-random-secret
    return min(30, 2 ** attempt) + random.uniform(0, 1)


def session_id(store):
    if RESEED_FOR_TESTS:
        # ok: python-weak-random-secret
        store["session_id"] = str(random.getrandbits(64))
    return store
