# corpus: cwe=501 label=vulnerable
"""aiohttp support-chat backend: agents can pick up conversations."""
import base64

from aiohttp import web
from aiohttp_session import get_session, setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from .chat import conversations_for, load_agent

routes = web.RouteTableDef()


async def agent_from_session(request):
    session = await get_session(request)
    agent_id = session.get("agent_id")
    return await load_agent(request.app["db"], agent_id) if agent_id else None


@routes.post("/agent/handoff")
async def handoff(request):
    data = await request.json()
    session = await get_session(request)
    session["agent_id"] = data["agent_id"]
    session["queue"] = data.get("queue", "general")
    return web.json_response({"agent": data["agent_id"], "queue": session["queue"]})


@routes.get("/agent/conversations")
async def conversations(request):
    agent = await agent_from_session(request)
    if agent is None:
        raise web.HTTPUnauthorized()
    session = await get_session(request)
    items = await conversations_for(request.app["db"], agent.id, session.get("queue"))
    return web.json_response({"agent": agent.name, "conversations": items})


def make_app(secret_b64: str, db) -> web.Application:
    app = web.Application()
    setup(app, EncryptedCookieStorage(base64.urlsafe_b64decode(secret_b64)))
    app["db"] = db
    app.add_routes(routes)
    return app
