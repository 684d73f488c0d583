# corpus: cwe=89 label=vulnerable
import sqlite3

from flask import Flask, g, jsonify, make_response, request

app = Flask(__name__)
app.config.from_envvar("STORE_SETTINGS", silent=True)
app.config.setdefault("DATABASE", "store.db")

REGION_COOKIE = "region"
DEFAULT_REGION = "us-east"


def db():
    if not hasattr(g, "_db"):
        g._db = sqlite3.connect(app.config["DATABASE"])
    return g._db


@app.teardown_request
def teardown(_exc):
    conn = getattr(g, "_db", None)
    if conn is not None:
        conn.close()


def current_region():
    raw = request.cookies.get(REGION_COOKIE, DEFAULT_REGION)
    return raw[:16].lower()


def promotions_for(region, category):
    cur = db().cursor()
    cur.execute(
        "SELECT code, description, discount FROM promotions "
        "WHERE active = 1 AND region = '" + region + "' AND category = ?",
        (category,),
    )
    return [{"code": c, "description": d, "discount": disc} for c, d, disc in cur.fetchall()]


@app.route("/promotions/<category>")
def promotions(category):
    region = current_region()
    resp = make_response(jsonify(region=region, promotions=promotions_for(region, category)))
    resp.set_cookie(REGION_COOKIE, region, max_age=30 * 24 * 3600, samesite="Lax", secure=True)
    return resp
