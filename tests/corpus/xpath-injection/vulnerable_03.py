# corpus: cwe=643 label=vulnerable
from flask import Flask
from lxml import etree

app = Flask(__name__)
LIBRARY = etree.parse("/srv/library/books.xml")


@app.route("/books/by/<author>")
def books_by(author):
    select_titles = etree.XPath("//book[author='{}']/title/text()".format(author))
    return {"titles": [str(t) for t in select_titles(LIBRARY)]}
