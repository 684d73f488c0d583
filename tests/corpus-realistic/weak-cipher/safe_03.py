# corpus: cwe=327 label=safe
import base64
import json
import os
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from fastapi import Cookie, FastAPI, HTTPException, Response
from pydantic import BaseModel

app = FastAPI()

SESSION_TTL = 8 * 3600
_aead = ChaCha20Poly1305(base64.b64decode(os.environ["SESSION_KEY_B64"]))


class LoginBody(BaseModel):
    username: str
    password: str


def seal(data: dict) -> str:
    nonce = os.urandom(12)
    blob = nonce + _aead.encrypt(nonce, json.dumps(data).encode(), b"session")
    return base64.urlsafe_b64encode(blob).decode()


def unseal(token: str) -> dict:
    blob = base64.urlsafe_b64decode(token)
    return json.loads(_aead.decrypt(blob[:12], blob[12:], b"session"))


@app.post("/login")
def login(body: LoginBody, response: Response):
    if not app.state.directory.verify(body.username, body.password):
        raise HTTPException(status_code=401, detail="invalid login")
    token = seal({"sub": body.username, "exp": int(time.time()) + SESSION_TTL})
    response.set_cookie("session", token, httponly=True, secure=True, max_age=SESSION_TTL)
    return {"ok": True}


@app.get("/me")
def me(session: str = Cookie(None)):
    if not session:
        raise HTTPException(status_code=401)
    try:
        data = unseal(session)
    except (ValueError, InvalidTag):
        raise HTTPException(status_code=401)
    if data.get("exp", 0) < time.time():
        raise HTTPException(status_code=401, detail="session expired")
    return {"user": data["sub"]}
