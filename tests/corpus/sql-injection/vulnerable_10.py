# corpus: cwe=89 label=vulnerable
import sqlite3

from flask import Flask, g, request

app = Flask(__name__)


@app.put("/profile/<int:uid>")
def update_profile(uid):
    data = request.get_json()
    db = getattr(g, "db", None) or sqlite3.connect("app.db")
    db.execute("UPDATE users SET bio = '%s' WHERE id = %d" % (data["bio"], uid))
    db.commit()
    return {"ok": True}
