# corpus: cwe=89 label=safe
import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.setdefault("DATABASE", "feed.db")

MAX_PAGE_SIZE = 100


def db():
    if not hasattr(g, "_db"):
        g._db = sqlite3.connect(app.config["DATABASE"])
        g._db.row_factory = sqlite3.Row
    return g._db


@app.teardown_request
def teardown(_exc):
    conn = getattr(g, "_db", None)
    if conn is not None:
        conn.close()


def page_args():
    try:
        size = int(request.args.get("size", 20))
        page = int(request.args.get("page", 1))
    except ValueError:
        abort(400, "size and page must be integers")
    size = max(1, min(size, MAX_PAGE_SIZE))
    page = max(page, 1)
    return size, (page - 1) * size


def feed_items(channel, size, offset):
    sql = (
        "SELECT id, title, url, published_at FROM items "
        f"WHERE channel = ? ORDER BY published_at DESC LIMIT {size} OFFSET {offset}"
    )
    return [dict(r) for r in db().execute(sql, (channel,))]


@app.route("/channels/<channel>/items")
def channel_items(channel):
    size, offset = page_args()
    return jsonify(channel=channel, items=feed_items(channel.lower(), size, offset))
