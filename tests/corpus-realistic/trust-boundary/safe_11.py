# corpus: cwe=501 label=safe
"""Mobile BFF: establishes a web session for the embedded web views (FastAPI)."""
import logging
import secrets
from typing import Optional

from fastapi import Depends, FastAPI, Header, Request

from starlette.middleware.sessions import SessionMiddleware

from .auth import verify_access_token
from .config import settings

log = logging.getLogger("bff")
app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, same_site="strict")


@app.post("/webview/session")
def open_webview_session(
    request: Request,
    claims: dict = Depends(verify_access_token),
    x_app_version: Optional[str] = Header(None),
    x_device_id: Optional[str] = Header(None),
):
    log.info("webview session for %s (app %s, device %s)", claims["sub"], x_app_version, x_device_id)
    request.session.clear()
    request.session["user_id"] = claims["sub"]
    request.session["email"] = claims.get("email", "")
    request.session["csrf_token"] = secrets.token_urlsafe(32)
    return {"ok": True, "csrf_token": request.session["csrf_token"]}


@app.get("/webview/account")
def account(request: Request):
    if "user_id" not in request.session:
        return {"signed_in": False}
    return {"signed_in": True, "email": request.session.get("email")}
