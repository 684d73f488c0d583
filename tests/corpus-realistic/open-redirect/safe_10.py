# corpus: cwe=601 label=safe
"""Magic-link login for the FastAPI backend."""
import re
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import RedirectResponse

from .auth import create_session_cookie, verify_magic_token
from .db import get_db

app = FastAPI()

DEFAULT_AFTER_LOGIN = "/app"
APP_PATH = re.compile(r"/app(/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_=&%\-]*)?")


def after_login_target(candidate: Optional[str]) -> str:
    if candidate and APP_PATH.fullmatch(candidate) and "//" not in candidate:
        return candidate
    return DEFAULT_AFTER_LOGIN


@app.get("/auth/magic")
def magic_login(
    token: str,
    next_url: Optional[str] = Query(None, alias="next"),
    db=Depends(get_db),
):
    user = verify_magic_token(db, token)
    if user is None:
        raise HTTPException(status_code=401, detail="link expired")
    response = RedirectResponse(url=after_login_target(next_url), status_code=303)
    response.set_cookie("session", create_session_cookie(user), httponly=True, secure=True)
    return response
