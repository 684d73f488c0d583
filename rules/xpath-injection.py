# Test cases for rules/xpath-injection.yaml (semgrep --test).
import re
import sys
import xml.etree.ElementTree as ET

import elementpath
from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/app/users.xml")
FIELDS = {"name": "name", "mail": "email"}


@app.route("/user")
def user():
    name = request.args.get("name")
    # ruleid: python-xpath-injection
    nodes = USERS.xpath("//user[@name='" + name + "']")
    return str(len(nodes))


@app.route("/login", methods=["POST"])
def login():
    user, pw = request.form["user"], request.form["password"]
    query = "//user[name/text()='%s' and password/text()='%s']" % (user, pw)
    # ruleid: python-xpath-injection
    return "ok" if USERS.getroot().xpath(query) else "denied"


@app.route("/compiled")
def compiled():
    role = request.args.get("role", "")
    # ruleid: python-xpath-injection
    find_role = etree.XPath(f"//user[@role='{role}']")
    return str(len(find_role(USERS)))


@app.route("/catalog")
def catalog():
    tree = ET.parse("/srv/app/catalog.xml")
    root = tree.getroot()
    category = request.args.get("c", "")
    # ruleid: python-xpath-injection
    return str(len(root.findall(".//book[@category='%s']" % category)))


@app.route("/evaluator")
def evaluator():
    ev = etree.XPathEvaluator(USERS)
    # ruleid: python-xpath-injection
    return str(ev("count(//user[@dept='" + request.cookies.get("dept", "") + "'])"))


@app.route("/elementpath")
def with_elementpath():
    expr = request.args["expr"]
    # ruleid: python-xpath-injection
    return str(elementpath.select(USERS.getroot(), expr))


def cli(doc):
    # ruleid: python-xpath-injection
    return doc.xpath("//item[@sku='" + sys.argv[1] + "']")


# ---- safe variants -------------------------------------------------------


@app.route("/user-safe")
def user_safe():
    name = request.args.get("name")
    # ok: python-xpath-injection
    nodes = USERS.xpath("//user[@name=$name]", name=name)
    return str(len(nodes))


@app.route("/compiled-safe")
def compiled_safe():
    find_role = etree.XPath("//user[@role=$role]")
    # ok: python-xpath-injection
    return str(len(find_role(USERS, role=request.args.get("role", ""))))


@app.route("/field")
def field():
    column = FIELDS.get(request.args.get("f"), "name")
    # ok: python-xpath-injection
    return str(USERS.xpath("//user/" + column + "/text()"))


@app.route("/regex")
def regex_checked():
    sku = request.args.get("sku", "")
    if not re.fullmatch(r"[A-Z0-9-]{3,20}", sku):
        abort(400)
    # ok: python-xpath-injection
    return str(USERS.xpath("//item[@sku='" + sku + "']"))


@app.route("/by-index")
def by_index():
    idx = int(request.args.get("i", "1"))
    # ok: python-xpath-injection
    return str(USERS.xpath("//user[%d]" % idx))


@app.route("/allow")
def allow():
    status = request.args.get("status", "active")
    if status in ("active", "locked", "pending"):
        # ok: python-xpath-injection
        return str(USERS.xpath("//user[@status='" + status + "']"))
    abort(400)


@app.route("/dead")
def dead():
    name = request.args.get("name")
    if False:
        # ok: python-xpath-injection
        USERS.xpath("//user[@name='" + name + "']")
    return "ok"


@app.route("/text")
def text_find():
    needle = request.args.get("q", "")
    title = "The quick brown fox"
    # ok: python-xpath-injection
    return str(title.find(needle))


# ---- rule pack v2: helpers, ElementTree paths, precision -----------------

from xml.etree import ElementTree  # noqa: E402

CATALOG_ROOT = ElementTree.parse("/srv/app/catalog.xml").getroot()


def books_by(author):
    return CATALOG_ROOT.findall(f".//book[author='{author}']")


@app.route("/books")
def books():
    # ruleid: python-xpath-injection
    return str(len(books_by(request.args["author"])))


def user_node(doc_root, name):
    return doc_root.xpath("//user[@name=$name]", name=name)


@app.route("/user-var")
def user_var():
    # XPath variables are data, never parsed as expressions.
    # ok: python-xpath-injection
    return str(user_node(USERS.getroot(), request.args["name"]))
