# corpus: cwe=798 label=vulnerable
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request

app = Flask(__name__)


class TokenConfig:
    algorithm = "HS256"
    issuer = "orders-api"
    lifetime = timedelta(hours=1)
    signing_key = "Y7hBSII6TIBxibkvFRSb9Uv2pBCR23IOI6vRP78o"


def issue_token(user_id, roles):
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(user_id),
        "roles": list(roles),
        "iss": TokenConfig.issuer,
        "iat": now,
        "exp": now + TokenConfig.lifetime,
    }
    return jwt.encode(claims, TokenConfig.signing_key, algorithm=TokenConfig.algorithm)


def decode_token(token):
    return jwt.decode(
        token,
        TokenConfig.signing_key,
        algorithms=[TokenConfig.algorithm],
        issuer=TokenConfig.issuer,
    )


def require_auth(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return jsonify(error="missing token"), 401
        try:
            g.claims = decode_token(token)
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)

    return wrapper


@app.post("/auth/token")
def token():
    body = request.get_json(force=True) or {}
    user = app.user_service.authenticate(body.get("username", ""), body.get("password", ""))
    if user is None:
        return jsonify(error="invalid credentials"), 401
    return jsonify(access_token=issue_token(user.id, user.roles), token_type="bearer")


@app.get("/orders")
@require_auth
def list_orders():
    return jsonify(orders=app.order_service.for_user(g.claims["sub"]))
