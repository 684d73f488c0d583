# corpus: cwe=501 label=vulnerable
"""Mobile BFF: establishes a web session for the embedded web views (FastAPI)."""
from typing import Dict, Optional

from fastapi import FastAPI, Header, Request
from starlette.middleware.sessions import SessionMiddleware

from .config import settings

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, same_site="strict")

HEADER_FIELDS = ("email", "device", "app_version")


def collect_client_context(email: Optional[str], device: Optional[str], app_version: Optional[str]) -> Dict[str, str]:
    values = {"email": email, "device": device, "app_version": app_version}
    return {k: v.strip() for k, v in values.items() if v}


def store_context(session: dict, context: Dict[str, str], prefix: str = "client_") -> None:
    for key in HEADER_FIELDS:
        if key in context:
            session[prefix + key] = context[key]


@app.post("/webview/session")
def open_webview_session(
    request: Request,
    x_user_email: Optional[str] = Header(None),
    x_device_id: Optional[str] = Header(None),
    x_app_version: Optional[str] = Header(None),
):
    context = collect_client_context(x_user_email, x_device_id, x_app_version)
    store_context(request.session, context)
    return {"ok": True, "fields": sorted(context)}


@app.get("/webview/account")
def account(request: Request):
    email = request.session.get("client_email")
    if not email:
        return {"signed_in": False}
    return {"signed_in": True, "email": email}
