# corpus: cwe=327 label=vulnerable
import base64
import json
import os
import time

from Crypto.Cipher import ARC4
from fastapi import Cookie, FastAPI, HTTPException, Response
from pydantic import BaseModel

app = FastAPI()

SESSION_KEY = base64.b64decode(os.environ["SESSION_KEY_B64"])
SESSION_TTL = 8 * 3600


class LoginBody(BaseModel):
    username: str
    password: str


def seal(data: dict) -> str:
    cipher = ARC4.new(SESSION_KEY)
    blob = cipher.encrypt(json.dumps(data).encode())
    return base64.urlsafe_b64encode(blob).decode()


def unseal(token: str) -> dict:
    cipher = ARC4.new(SESSION_KEY)
    return json.loads(cipher.decrypt(base64.urlsafe_b64decode(token)))


def check_credentials(username: str, password: str) -> bool:
    directory = app.state.directory
    return directory.verify(username, password)


@app.post("/login")
def login(body: LoginBody, response: Response):
    if not check_credentials(body.username, body.password):
        raise HTTPException(status_code=401, detail="invalid login")
    token = seal({"sub": body.username, "exp": int(time.time()) + SESSION_TTL, "role": "member"})
    response.set_cookie("session", token, httponly=True, secure=True, max_age=SESSION_TTL)
    return {"ok": True}


@app.get("/me")
def me(session: str = Cookie(None)):
    if not session:
        raise HTTPException(status_code=401)
    try:
        data = unseal(session)
    except ValueError:
        raise HTTPException(status_code=401)
    if data.get("exp", 0) < time.time():
        raise HTTPException(status_code=401, detail="session expired")
    return {"user": data["sub"], "role": data.get("role")}
