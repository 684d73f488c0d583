# corpus: cwe=501 label=safe
"""aiohttp support-chat backend: agents pick a queue after signing in."""
import base64

from aiohttp import web
from aiohttp_session import get_session, new_session, setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from .chat import authenticate_agent, conversations_for, load_agent

routes = web.RouteTableDef()
QUEUES = {"general": "general", "billing": "billing", "tech": "technical", "technical": "technical"}


@routes.post("/agent/login")
async def login(request):
    data = await request.json()
    agent = await authenticate_agent(request.app["db"], data.get("email", ""), data.get("password", ""))
    if agent is None:
        raise web.HTTPUnauthorized()
    session = await new_session(request)
    session["agent_id"] = agent.id
    return web.json_response({"agent": agent.name})


@routes.post("/agent/queue")
async def choose_queue(request):
    data = await request.json()
    session = await get_session(request)
    if "agent_id" not in session:
        raise web.HTTPUnauthorized()
    queue = QUEUES.get(str(data.get("queue", "")).lower())
    if queue is None:
        raise web.HTTPBadRequest(text="unknown queue")
    session["queue"] = queue
    return web.json_response({"queue": queue})


@routes.get("/agent/conversations")
async def conversations(request):
    session = await get_session(request)
    agent = await load_agent(request.app["db"], session.get("agent_id"))
    if agent is None:
        raise web.HTTPUnauthorized()
    items = await conversations_for(request.app["db"], agent.id, session.get("queue", "general"))
    return web.json_response({"agent": agent.name, "conversations": items})


def make_app(secret_b64: str, db) -> web.Application:
    app = web.Application()
    setup(app, EncryptedCookieStorage(base64.urlsafe_b64decode(secret_b64)))
    app["db"] = db
    app.add_routes(routes)
    return app
