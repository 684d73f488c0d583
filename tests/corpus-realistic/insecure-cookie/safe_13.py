# corpus: cwe=614 label=safe
"""ASGI entrypoint for the realtime dashboard."""
import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

from .auth import check_login

SESSION_MAX_AGE = 8 * 60 * 60


async def login(request):
    form = await request.form()
    user = await check_login(form.get("username", ""), form.get("password", ""))
    if user is None:
        return JSONResponse({"error": "invalid login"}, status_code=401)
    request.session.clear()
    request.session["user_id"] = user.id
    return RedirectResponse("/panel", status_code=303)


async def panel(request):
    user_id = request.session.get("user_id")
    if user_id is None:
        return RedirectResponse("/login", status_code=303)
    views = request.session.get("views", 0) + 1
    request.session["views"] = views
    return JSONResponse({"user": user_id, "views": views})


async def logout(request):
    request.session.clear()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie("dash_session")
    return response


middleware = [
    Middleware(
        SessionMiddleware,
        secret_key=os.environ["DASH_SESSION_SECRET"],
        session_cookie="dash_session",
        max_age=SESSION_MAX_AGE,
        same_site="strict",
        https_only=True,
    )
]

app = Starlette(
    routes=[
        Route("/login", login, methods=["POST"]),
        Route("/panel", panel),
        Route("/logout", logout, methods=["POST"]),
    ],
    middleware=middleware,
)
