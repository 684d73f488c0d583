# corpus: cwe=79 label=safe
"""Guestbook: visitors leave short notes that are shown to everyone."""
import datetime

from flask import Flask, redirect, render_template, request, url_for

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


@app.route("/guestbook", methods=["GET"])
def show_guestbook():
    entries = [
        {**e, "stamp": e["at"].strftime("%Y-%m-%d %H:%M")} for e in store.latest()
    ]
    return render_template("guestbook.html", entries=entries, title="Guestbook")


@app.route("/guestbook", methods=["POST"])
def sign_guestbook():
    author = request.form.get("author", "").strip()[:40]
    message = request.form.get("message", "").strip()
    if message:
        store.add(author, message)
    return redirect(url_for("show_guestbook"))
