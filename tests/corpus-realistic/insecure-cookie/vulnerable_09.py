# corpus: cwe=614 label=vulnerable
"""Authentication routes for the analytics API."""
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, Depends, HTTPException, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_db
from .models import Account
from .security import verify_password
from .settings import settings

router = APIRouter(prefix="/auth", tags=["auth"])


class LoginRequest(BaseModel):
    email: str
    password: str
    remember: bool = False


class LoginResult(BaseModel):
    account_id: int
    expires_at: datetime


def make_access_token(account_id, lifetime):
    expires = datetime.now(timezone.utc) + lifetime
    claims = {"sub": str(account_id), "exp": expires}
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256"), expires


def find_account(db, email):
    return db.query(Account).filter(Account.email == email.lower()).one_or_none()


@router.post("/login", response_model=LoginResult)
def login(body: LoginRequest, response: Response, db: Session = Depends(get_db)):
    account = find_account(db, body.email)
    if account is None or not verify_password(body.password, account.password_hash):
        raise HTTPException(status_code=401, detail="Invalid email or password")

    lifetime = timedelta(days=30) if body.remember else timedelta(hours=1)
    token, expires = make_access_token(account.id, lifetime)
    response.set_cookie(
        key="access_token",
        value=token,
        max_age=int(lifetime.total_seconds()),
        samesite="lax",
    )
    return LoginResult(account_id=account.id, expires_at=expires)
