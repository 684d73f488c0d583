# Test cases for rules/sql-injection.yaml (semgrep --test).
import sqlite3
import sys

import sqlalchemy
from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)


def get_db():
    return sqlite3.connect("app.db")


@app.route("/user")
def user():
    name = request.args.get("name")
    cur = get_db().cursor()
    # ruleid: python-sql-injection
    cur.execute("SELECT id, email FROM users WHERE name = '" + name + "'")
    return str(cur.fetchall())


@app.route("/orders")
def orders():
    status = request.form["status"]
    query = "SELECT * FROM orders WHERE status = '%s'" % status
    cur = get_db().cursor()
    # ruleid: python-sql-injection
    cur.execute(query)
    return str(cur.fetchall())


@app.route("/search", methods=["POST"])
def search():
    term = request.get_json()["term"]
    sql = f"SELECT * FROM products WHERE title LIKE '%{term}%'"
    with sqlalchemy.create_engine("sqlite://").connect() as conn:
        # ruleid: python-sql-injection
        rows = conn.execute(text(sql)).fetchall()
    return str(rows)


@app.route("/sort")
def sort():
    column = request.args.get("order_by", "id")
    conn = get_db()
    # ruleid: python-sql-injection
    return str(conn.execute("SELECT * FROM items ORDER BY {}".format(column)).fetchall())


def django_view(request):
    from myapp.models import Article

    slug = request.GET["slug"]
    # ruleid: python-sql-injection
    return Article.objects.raw("SELECT * FROM myapp_article WHERE slug = '%s'" % slug)


def bulk_tag(request):
    tag = request.POST.get("tag")
    cur = get_db().cursor()
    # ruleid: python-sql-injection
    cur.executemany("INSERT INTO tags (item_id, tag) VALUES (?, '" + tag + "')", [(1,), (2,)])


def cli_delete():
    table = sys.argv[1]
    # ruleid: python-sql-injection
    get_db().executescript("DROP TABLE " + table + ";")


# ---- safe variants -------------------------------------------------------


@app.route("/user-safe")
def user_safe():
    name = request.args.get("name")
    cur = get_db().cursor()
    # ok: python-sql-injection
    cur.execute("SELECT id, email FROM users WHERE name = ?", (name,))
    return str(cur.fetchall())


@app.route("/orders-safe")
def orders_safe():
    status = request.form["status"]
    cur = get_db().cursor()
    # ok: python-sql-injection
    cur.execute("SELECT * FROM orders WHERE status = :status", {"status": status})
    return str(cur.fetchall())


@app.route("/search-safe", methods=["POST"])
def search_safe():
    term = request.get_json()["term"]
    stmt = text("SELECT * FROM products WHERE title LIKE :term")
    with sqlalchemy.create_engine("sqlite://").connect() as conn:
        # ok: python-sql-injection
        rows = conn.execute(stmt, {"term": "%" + term + "%"}).fetchall()
    return str(rows)


@app.route("/page")
def page():
    limit = int(request.args.get("limit", "20"))
    cur = get_db().cursor()
    # ok: python-sql-injection
    cur.execute("SELECT * FROM items LIMIT %d" % limit)
    return str(cur.fetchall())


def django_view_safe(request):
    from myapp.models import Article

    slug = request.GET["slug"]
    # ok: python-sql-injection
    return Article.objects.raw("SELECT * FROM myapp_article WHERE slug = %s", [slug])


def bulk_tag_safe(request):
    tag = request.POST.get("tag")
    cur = get_db().cursor()
    # ok: python-sql-injection
    cur.executemany("INSERT INTO tags (item_id, tag) VALUES (?, ?)", [(1, tag), (2, tag)])


def report(year):
    cur = get_db().cursor()
    # ok: python-sql-injection
    cur.execute("SELECT count(*) FROM orders WHERE year = " + str(2024))
