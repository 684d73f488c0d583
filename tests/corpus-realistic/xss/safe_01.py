# corpus: cwe=79 label=safe
"""Product search page for the storefront."""
from dataclasses import dataclass, field

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@dataclass
class Product:
    sku: str
    name: str
    price_cents: int
    tags: list = field(default_factory=list)


CATALOG = [
    Product("A-100", "Walnut desk", 45900, ["furniture", "office"]),
    Product("B-220", "Desk lamp", 4900, ["lighting", "office"]),
]


def search_catalog(term):
    term = term.lower()
    return [p for p in CATALOG if term in p.name.lower() or term in p.tags]


def render_rows(products):
    rows = []
    for p in products:
        rows.append(
            "<tr><td>%s</td><td>%s</td><td>$%.2f</td></tr>"
            % (escape(p.sku), escape(p.name), p.price_cents / 100)
        )
    return "\n".join(rows)


@app.route("/search")
def search():
    raw_query = request.args.get("q", "").strip()
    query = escape(raw_query)
    results = search_catalog(raw_query) if raw_query else []
    header = f"<h2>Results for &ldquo;{query}&rdquo;</h2>"
    if not results:
        body = "<p>No products matched your search.</p>"
    else:
        body = "<table>" + render_rows(results) + "</table>"
    return "<html><body>" + header + body + "</body></html>"
