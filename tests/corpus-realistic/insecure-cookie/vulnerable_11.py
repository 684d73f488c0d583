# corpus: cwe=614 label=vulnerable
"""Session middleware for the realtime dashboard (Starlette)."""
import secrets
import time

from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

SESSION_COOKIE = "dash_sid"
IDLE_TIMEOUT = 30 * 60


class InMemorySessions:
    def __init__(self):
        self.data = {}

    def touch(self, sid):
        entry = self.data.get(sid)
        now = time.monotonic()
        if entry is None or now - entry["seen"] > IDLE_TIMEOUT:
            sid = secrets.token_urlsafe(32)
            entry = {"seen": now, "values": {}}
            self.data[sid] = entry
        entry["seen"] = now
        return sid, entry["values"]


sessions = InMemorySessions()


class SessionCookieMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        incoming = request.cookies.get(SESSION_COOKIE, "")
        sid, values = sessions.touch(incoming)
        request.state.session = values
        response = await call_next(request)
        if sid != incoming:
            # the websocket client script reads this id to subscribe to updates
            response.set_cookie(
                SESSION_COOKIE,
                sid,
                max_age=IDLE_TIMEOUT,
                secure=True,
                httponly=False,
                samesite="lax",
            )
        return response


async def panel(request):
    values = request.state.session
    values["views"] = values.get("views", 0) + 1
    return JSONResponse({"views": values["views"]})


app = Starlette(routes=[Route("/panel", panel)])
app.add_middleware(SessionCookieMiddleware)
