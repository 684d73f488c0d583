# corpus: cwe=79 label=vulnerable
"""Product search page for the storefront."""
from dataclasses import dataclass, field

from flask import Flask, request

app = Flask(__name__)


@dataclass
class Product:
    sku: str
    name: str
    price_cents: int
    tags: list = field(default_factory=list)


CATALOG = [
    Product("A-100", "Walnut desk", 45900, ["furniture", "office"]),
    Product("A-101", "Oak bookshelf", 32900, ["furniture"]),
    Product("B-220", "Desk lamp", 4900, ["lighting", "office"]),
]


def search_catalog(term):
    term = term.lower()
    return [p for p in CATALOG if term in p.name.lower() or term in p.tags]


def format_price(cents):
    return "${:,.2f}".format(cents / 100)


def render_rows(products):
    rows = []
    for p in products:
        rows.append(
            "<tr><td>%s</td><td>%s</td><td>%s</td></tr>"
            % (p.sku, p.name, format_price(p.price_cents))
        )
    return "\n".join(rows)


@app.route("/search")
def search():
    query = request.args.get("q", "").strip()
    results = search_catalog(query) if query else []
    header = f"<h2>Results for &ldquo;{query}&rdquo;</h2>"
    if not results:
        body = "<p>No products matched your search.</p>"
    else:
        body = "<table>" + render_rows(results) + "</table>"
    return "<html><body>" + header + body + "</body></html>"


if __name__ == "__main__":
    app.run(debug=False)
