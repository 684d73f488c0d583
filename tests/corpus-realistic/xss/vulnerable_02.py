# corpus: cwe=79 label=vulnerable
"""Guestbook: visitors leave short notes that are shown to everyone."""
import datetime

from flask import Flask, redirect, request, url_for

app = Flask(__name__)

MAX_ENTRIES = 50


class GuestbookStore:
    def __init__(self):
        self._entries = []

    def add(self, author, message):
        entry = {
            "author": author or "anonymous",
            "message": message,
            "at": datetime.datetime.utcnow(),
        }
        self._entries.insert(0, entry)
        del self._entries[MAX_ENTRIES:]
        return entry

    def latest(self, limit=20):
        return list(self._entries[:limit])


store = GuestbookStore()


def entry_to_html(entry):
    stamp = entry["at"].strftime("%Y-%m-%d %H:%M")
    return "".join([
        "<li class='entry'>",
        "<strong>", entry["author"], "</strong> ",
        "<time>", stamp, "</time>",
        "<p>", entry["message"], "</p>",
        "</li>",
    ])


@app.route("/guestbook", methods=["GET"])
def show_guestbook():
    items = [entry_to_html(e) for e in store.latest()]
    form = (
        "<form method='post' action='/guestbook'>"
        "<input name='author'><textarea name='message'></textarea>"
        "<button>Sign</button></form>"
    )
    return "<h1>Guestbook</h1><ul>" + "".join(items) + "</ul>" + form


@app.route("/guestbook", methods=["POST"])
def sign_guestbook():
    author = request.form.get("author", "").strip()[:40]
    message = request.form.get("message", "").strip()
    if message:
        store.add(author, message)
    return redirect(url_for("show_guestbook"))
