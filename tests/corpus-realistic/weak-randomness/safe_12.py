# corpus: cwe=338 label=safe
import hashlib
import hmac
import os
import random
from typing import Dict

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

SCRYPT_PARAMS = {"n": 2 ** 14, "r": 8, "p": 1, "dklen": 32}
AVATAR_COLORS = ["#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8", "#4db6ac"]


class SignUp(BaseModel):
    username: str = Field(min_length=3, max_length=32)
    password: str = Field(min_length=10)


class UserRecord(BaseModel):
    username: str
    salt: bytes
    password_hash: bytes
    avatar_color: str


_users: Dict[str, UserRecord] = {}


def derive(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, **SCRYPT_PARAMS)


def new_user(username: str, password: str) -> UserRecord:
    salt = os.urandom(16)
    return UserRecord(
        username=username,
        salt=salt,
        password_hash=derive(password, salt),
        avatar_color=random.choice(AVATAR_COLORS),
    )


@app.post("/signup", status_code=201)
def signup(body: SignUp):
    key = body.username.lower()
    if key in _users:
        raise HTTPException(409, "username taken")
    _users[key] = new_user(key, body.password)
    return {"username": key, "avatar_color": _users[key].avatar_color}


@app.post("/login")
def login(body: SignUp):
    user = _users.get(body.username.lower())
    if user is None or not hmac.compare_digest(derive(body.password, user.salt), user.password_hash):
        raise HTTPException(401, "invalid credentials")
    return {"username": user.username}
