# corpus: cwe=798 label=safe
import os
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request

app = Flask(__name__)


class TokenConfig:
    algorithm = "HS256"
    issuer = "orders-api"
    token_type = "bearer"
    lifetime = timedelta(hours=1)

    @staticmethod
    def signing_key():
        key = os.getenv("ORDERS_JWT_SECRET")
        if not key:
            raise RuntimeError("ORDERS_JWT_SECRET must be set")
        return key


def issue_token(user_id, roles):
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user_id), "roles": list(roles), "iss": TokenConfig.issuer,
              "iat": now, "exp": now + TokenConfig.lifetime}
    return jwt.encode(claims, TokenConfig.signing_key(), algorithm=TokenConfig.algorithm)


def require_auth(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != TokenConfig.token_type or not token:
            return jsonify(error="missing token"), 401
        try:
            g.claims = jwt.decode(
                token,
                TokenConfig.signing_key(),
                algorithms=[TokenConfig.algorithm],
                issuer=TokenConfig.issuer,
            )
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
    return jsonify(access_token=issue_token(user.id, user.roles), token_type=TokenConfig.token_type)


@app.get("/orders")
@require_auth
def list_orders():
    return jsonify(orders=app.order_service.for_user(g.claims["sub"]))
