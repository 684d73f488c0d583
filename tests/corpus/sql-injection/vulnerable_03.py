# corpus: cwe=89 label=vulnerable
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
db = SQLAlchemy(app)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    rows = db.session.execute(text(f"SELECT id, title FROM posts WHERE title LIKE '%{q}%'"))
    return {"results": [dict(r._mapping) for r in rows]}
