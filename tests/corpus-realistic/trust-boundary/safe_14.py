# corpus: cwe=501 label=safe
"""Bottle admin panel with Beaker sessions; staff can view the site as a customer."""
import bottle
from beaker.middleware import SessionMiddleware
from bottle import abort, redirect, request, route, template

from .audit import record_impersonation
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


def signed_in_staff():
    user = find_user(beaker_session().get("username"))
    if user is None or not user.is_staff:
        abort(403)
    return user


@route("/impersonate")
def impersonate():
    staff = signed_in_staff()
    target = find_user(request.query.get("as_user", "").strip())
    if target is None or target.is_staff:
        abort(404, "no such customer")
    record_impersonation(staff.id, target.id)
    beaker_session()["impersonating"] = target.username
    redirect("/orders")


@route("/orders")
def orders():
    sess = beaker_session()
    user = find_user(sess.get("impersonating") or sess.get("username"))
    if user is None:
        abort(404, "unknown user")
    return template("orders", user=user, orders=orders_for(user.id))


app = SessionMiddleware(bottle.default_app(), SESSION_OPTS)

if __name__ == "__main__":
    bottle.run(app=app, host="127.0.0.1", port=8081)
