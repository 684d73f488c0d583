# corpus: cwe=328 label=safe
from typing import Dict

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import Depends, FastAPI, HTTPException, status
from pydantic import BaseModel, EmailStr, Field

app = FastAPI()


class Credentials(BaseModel):
    email: EmailStr
    password: str = Field(min_length=12, max_length=256)


class PasswordService:
    def __init__(self, hasher: PasswordHasher = PasswordHasher(time_cost=3, memory_cost=65536)):
        self.hasher = hasher

    def hash(self, password: str) -> str:
        return self.hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except VerifyMismatchError:
            return False

    def needs_update(self, stored: str) -> bool:
        return self.hasher.check_needs_rehash(stored)


class UserStore:
    def __init__(self):
        self.rows: Dict[str, str] = {}


_store = UserStore()
_passwords = PasswordService()


def get_store() -> UserStore:
    return _store


@app.post("/users", status_code=status.HTTP_201_CREATED)
def register(creds: Credentials, store: UserStore = Depends(get_store)):
    email = creds.email.lower()
    if email in store.rows:
        raise HTTPException(status.HTTP_409_CONFLICT, "already registered")
    store.rows[email] = _passwords.hash(creds.password)
    return {"email": email}


@app.post("/sessions")
def login(creds: Credentials, store: UserStore = Depends(get_store)):
    email = creds.email.lower()
    stored = store.rows.get(email)
    if stored is None or not _passwords.verify(stored, creds.password):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    if _passwords.needs_update(stored):
        store.rows[email] = _passwords.hash(creds.password)
    return {"email": email, "status": "ok"}
