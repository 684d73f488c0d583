# corpus: cwe=601 label=safe
"""OpenID Connect style end-session endpoint for the identity service."""
from urllib.parse import urlencode

from flask import Blueprint, abort, redirect, request, session
from flask import current_app as app

from .clients import get_client

oidc_bp = Blueprint("oidc", __name__, url_prefix="/oidc")


def logout_params(args):
    return {
        "client_id": args.get("client_id", ""),
        "post_logout_redirect_uri": args.get("post_logout_redirect_uri"),
        "state": args.get("state"),
    }


def registered_logout_uri(client, requested):
    if client is None:
        return None
    if requested in client.post_logout_redirect_uris:
        return requested
    return None


@oidc_bp.route("/logout")
def end_session():
    params = logout_params(request.args)
    client = get_client(params["client_id"])
    session.clear()
    app.logger.info("end_session for client %s", params["client_id"])
    if params["post_logout_redirect_uri"]:
        uri = registered_logout_uri(client, params["post_logout_redirect_uri"])
        if uri is None:
            abort(400, description="post_logout_redirect_uri is not registered for this client")
        if params["state"]:
            separator = "&" if "?" in uri else "?"
            uri = uri + separator + urlencode({"state": params["state"]})
        return redirect(uri)
    return redirect("/")
