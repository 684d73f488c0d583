# corpus: cwe=601 label=vulnerable
"""OpenID Connect style end-session endpoint for the identity service."""
from flask import Blueprint, redirect, request, session
from flask import current_app as app

from .clients import get_client

oidc_bp = Blueprint("oidc", __name__, url_prefix="/oidc")


def logout_params(args):
    return {
        "client_id": args.get("client_id", ""),
        "post_logout_redirect_uri": args.get("post_logout_redirect_uri"),
        "state": args.get("state"),
    }


def append_state(url, state):
    if not state:
        return url
    separator = "&" if "?" in url else "?"
    return url + separator + "state=" + state


@oidc_bp.route("/logout")
def end_session():
    params = logout_params(request.args)
    client = get_client(params["client_id"])
    session.clear()
    app.logger.info("end_session for client %s", params["client_id"])
    if params["post_logout_redirect_uri"]:
        return redirect(append_state(params["post_logout_redirect_uri"], params["state"]))
    if client is not None and client.default_logout_uri:
        return redirect(client.default_logout_uri)
    return redirect("/")
