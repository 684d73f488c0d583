# Test cases for rules/sql-injection.yaml (semgrep --test).
import sqlite3
import sys

import pandas
import sqlalchemy
from flask import Flask, request
from psycopg2 import sql as pgsql
from sqlalchemy import text

app = Flask(__name__)
SORT_COLUMNS = {"name": "name", "price": "price", "date": "created_at"}


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
    # ruleid: python-sql-injection, python-sql-built-from-variable
    return Article.objects.raw("SELECT * FROM myapp_article WHERE slug = '%s'" % slug)


def bulk_tag(request):
    tag = request.POST.get("tag")
    cur = get_db().cursor()
    # ruleid: python-sql-injection, python-sql-built-from-variable
    cur.executemany("INSERT INTO tags (item_id, tag) VALUES (?, '" + tag + "')", [(1,), (2,)])


def cli_delete():
    table = sys.argv[1]
    # ruleid: python-sql-injection
    get_db().executescript("DROP TABLE " + table + ";")


@app.route("/export")
def export():
    region = request.args["region"]
    # ruleid: python-sql-injection
    return pandas.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", get_db()).to_csv()


def django_extra(request):
    from myapp.models import Article

    author = request.GET.get("author", "")
    # ruleid: python-sql-injection, python-sql-built-from-variable
    return Article.objects.extra(where=["author = '%s'" % author])


@app.route("/audit")
def audit():
    actor = request.headers.get("X-User", "")
    cur = get_db().cursor()
    # ruleid: python-sql-injection
    cur.execute("INSERT INTO audit (actor) VALUES ('{}')".format(actor))
    return "ok"


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


@app.route("/export-safe")
def export_safe():
    region = request.args["region"]
    # ok: python-sql-injection
    return pandas.read_sql("SELECT * FROM sales WHERE region = ?", get_db(), params=(region,)).to_csv()


@app.route("/sorted")
def sorted_items():
    column = SORT_COLUMNS.get(request.args.get("sort", ""), "id")
    cur = get_db().cursor()
    # ok: python-sql-injection
    cur.execute("SELECT * FROM items ORDER BY " + column)
    return str(cur.fetchall())


def pg_table_dump(conn):
    table = request.args["table"]
    query = pgsql.SQL("SELECT * FROM {} WHERE id = %s").format(pgsql.Identifier(table))
    with conn.cursor() as cur:
        # ok: python-sql-injection
        cur.execute(query, (1,))
        return cur.fetchall()


# ---- rule pack v2: flows across functions, companions, precision ----------

import asyncpg  # noqa: E402
from fastapi import Depends, FastAPI, Query  # noqa: E402

api = FastAPI()


def find_member(conn, handle):
    # The data-access function has no request source of its own: the companion rule
    # flags the SQL text built from its parameter (it blocks together with bandit's
    # B608), and the call from the handler below is the high finding.
    # ruleid: python-sql-built-from-variable
    sql = "SELECT id FROM members WHERE handle = '%s'" % handle
    return conn.execute(sql).fetchone()


def find_member_bound(conn, handle):
    # ok: python-sql-built-from-variable
    return conn.execute("SELECT id FROM members WHERE handle = ?", (handle,)).fetchone()


@app.route("/members/<handle>")
def member(handle):
    conn = get_db()
    # ruleid: python-sql-injection
    row = find_member(conn, handle)
    # ok: python-sql-injection
    other = find_member_bound(conn, handle)
    return str(row or other)


class TicketRepo:
    def __init__(self, conn):
        self.conn = conn

    def by_label(self, label, limit=20):
        where = "WHERE 1 = 1"
        if label:
            # ruleid: python-sql-built-from-variable
            where += f" AND label = '{label}'"
        # ruleid: python-sql-built-from-variable
        return self.conn.execute(where + " LIMIT ?", (limit,)).fetchall()


@app.route("/tickets")
def tickets():
    repo = TicketRepo(get_db())
    # ruleid: python-sql-injection
    return str(repo.by_label(label=request.args.get("label")))


def clauses_for(filters):
    parts = []
    for key, value in filters.items():
        # A fragment without SQL keywords is not recognised as SQL text.
        # todoruleid: python-sql-built-from-variable
        parts.append("%s = '%s'" % (key, value))
    return " AND ".join(parts)


@api.get("/rows")
async def rows(kind: str = Query(...), pool=Depends(lambda: None)):
    async with pool.acquire() as conn:
        # ruleid: python-sql-injection, python-sql-built-from-variable
        return await conn.fetch("SELECT * FROM rows WHERE kind = '" + kind + "'")


@api.get("/rows/{row_id}")
async def row_by_id(row_id: int, pool=Depends(lambda: None)):
    async with pool.acquire() as conn:
        # A path parameter typed int is a number.
        # ok: python-sql-injection
        return await conn.fetch("SELECT * FROM rows WHERE id = %d" % row_id)


def cli_lookup(argv=None):
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("account")
    args = parser.parse_args(argv)
    # ruleid: python-sql-injection, python-sql-built-from-variable
    get_db().execute("DELETE FROM sessions WHERE account = '" + args.account + "'")


def sliced_argument():
    # ruleid: python-sql-injection
    get_db().execute("SELECT * FROM logs WHERE day = '%s'" % sys.argv[1:][0])


def column_or_itself():
    # A table that falls back to the looked-up value itself is no allow-list.
    column = SORT_COLUMNS.get(request.args["sort"], request.args["sort"])
    # ruleid: python-sql-injection
    get_db().execute("SELECT * FROM items ORDER BY " + column)


TRACE_QUERIES = False


def traced(conn):
    name = request.args["name"]
    if TRACE_QUERIES:
        # A branch whose condition is a constant false never runs.
        # ok: python-sql-injection
        conn.execute("EXPLAIN SELECT * FROM t WHERE name = '%s'" % name)
    return conn.execute("SELECT * FROM t WHERE name = ?", (name,))


def constant_columns(conn):
    # SQL text built only from the program's constants.
    # ok: python-sql-built-from-variable
    return conn.execute("SELECT %s FROM items" % ", ".join(["id", "name"]))


def placeholders(conn, ids):
    marks = ", ".join("?" for _ in ids)
    # ok: python-sql-built-from-variable
    return conn.execute("SELECT * FROM items WHERE id IN (%s)" % marks, ids)


def raw_expression(lat):
    from django.db.models.expressions import RawSQL

    # ruleid: python-sql-built-from-variable
    return RawSQL("distance(%s, location)" % lat, ())
