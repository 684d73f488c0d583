# corpus: cwe=501 label=vulnerable
"""Bottle admin panel with Beaker sessions; staff can view the site as a customer."""
import bottle
from beaker.middleware import SessionMiddleware
from bottle import abort, redirect, request, route, template

from .models import find_user, orders_for

SESSION_OPTS = {
    "session.type": "file",
    "session.data_dir": "/var/lib/adminpanel/sessions",
    "session.cookie_expires": True,
    "session.httponly": True,
    "session.secure": True,
    "session.auto": True,
}


def beaker_session():
    return request.environ["beaker.session"]


def effective_user():
    sess = beaker_session()
    return sess.get("impersonating") or sess.get("username")


@route("/impersonate")
def impersonate():
    sess = beaker_session()
    if not sess.get("username"):
        abort(401)
    target = request.query.get("as_user", "").strip()
    if target:
        sess["impersonating"] = target
    redirect("/orders")


@route("/orders")
def orders():
    user = find_user(effective_user())
    if user is None:
        abort(404, "unknown user")
    return template("orders", user=user, orders=orders_for(user.id))


app = SessionMiddleware(bottle.default_app(), SESSION_OPTS)

if __name__ == "__main__":
    bottle.run(app=app, host="127.0.0.1", port=8081)
