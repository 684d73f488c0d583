# corpus: cwe=601 label=vulnerable
"""Magic-link login for the FastAPI backend."""
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import RedirectResponse

from .auth import create_session_cookie, verify_magic_token
from .db import get_db

app = FastAPI()

DEFAULT_AFTER_LOGIN = "/app"


@app.get("/auth/magic")
def magic_login(
    token: str,
    next_url: Optional[str] = Query(None, alias="next"),
    db=Depends(get_db),
):
    user = verify_magic_token(db, token)
    if user is None:
        raise HTTPException(status_code=401, detail="link expired")
    response = RedirectResponse(url=next_url or DEFAULT_AFTER_LOGIN, status_code=303)
    response.set_cookie("session", create_session_cookie(user), httponly=True, secure=True)
    return response


@app.post("/auth/logout")
def logout():
    response = RedirectResponse(url="/", status_code=303)
    response.delete_cookie("session")
    return response
