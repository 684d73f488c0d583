# corpus: cwe=614 label=safe
"""aiohttp service that backs the support chat widget."""
import secrets
import time

from aiohttp import web

CHAT_COOKIE = "chat_session"
CHAT_TTL = 2 * 60 * 60

routes = web.RouteTableDef()


class ChatSessions:
    def __init__(self):
        self._by_token = {}

    def start(self, visitor_name):
        token = secrets.token_urlsafe(24)
        self._by_token[token] = {"name": visitor_name[:80], "started": time.time()}
        return token

    def get(self, token):
        entry = self._by_token.get(token or "")
        if entry and time.time() - entry["started"] < CHAT_TTL:
            return entry
        return None

    def end(self, token):
        self._by_token.pop(token or "", None)


@routes.post("/chat/start")
async def start_chat(request):
    data = await request.json()
    name = str(data.get("name", "Guest")).strip() or "Guest"
    token = request.app["sessions"].start(name)
    resp = web.json_response({"welcome": name})
    resp.set_cookie(CHAT_COOKIE, token, max_age=CHAT_TTL, secure=True, httponly=True, samesite="Strict")
    return resp


@routes.get("/chat/whoami")
async def whoami(request):
    entry = request.app["sessions"].get(request.cookies.get(CHAT_COOKIE))
    if entry is None:
        raise web.HTTPUnauthorized()
    return web.json_response({"name": entry["name"]})


@routes.post("/chat/end")
async def end_chat(request):
    request.app["sessions"].end(request.cookies.get(CHAT_COOKIE))
    resp = web.json_response({"ended": True})
    resp.del_cookie(CHAT_COOKIE)
    return resp


def make_app():
    app = web.Application()
    app["sessions"] = ChatSessions()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
