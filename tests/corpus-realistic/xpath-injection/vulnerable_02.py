# corpus: cwe=643 label=vulnerable
import os
from functools import lru_cache

from flask import Blueprint, jsonify, request
from lxml import etree

catalog_bp = Blueprint("catalog", __name__)

CATALOG_PATH = os.environ.get("CATALOG_XML", "data/catalog.xml")


@lru_cache(maxsize=1)
def catalog():
    return etree.parse(CATALOG_PATH)


def book_to_dict(el):
    return {
        "isbn": el.get("isbn"),
        "title": el.findtext("title"),
        "author": el.findtext("author"),
        "year": int(el.findtext("year", "0")),
    }


def books_by(author, year_from=None):
    expr = "//book[author='" + author + "']"
    if year_from:
        expr += "[year >= %d]" % year_from
    finder = etree.XPath(expr)
    return [book_to_dict(b) for b in finder(catalog())]


@catalog_bp.route("/books")
def list_books():
    author = request.args.get("author", "")
    year_from = request.args.get("from", type=int)
    if not author:
        return jsonify(error="author is required"), 400
    books = books_by(author.strip(), year_from)
    return jsonify(author=author, count=len(books), books=books)
