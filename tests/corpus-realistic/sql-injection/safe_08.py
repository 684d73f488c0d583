# corpus: cwe=89 label=safe
import os

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text
from sqlalchemy.orm import scoped_session, sessionmaker

app = Flask(__name__)
engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///blog.db"), future=True)
Session = scoped_session(sessionmaker(bind=engine))


@app.teardown_appcontext
def remove_session(_exc=None):
    Session.remove()


class CommentService:
    def __init__(self, session):
        self.session = session

    def recent_for_post(self, slug, author=None, limit=20):
        sql = (
            "SELECT c.id, c.author, c.body, c.created_at FROM comments c "
            "JOIN posts p ON p.id = c.post_id WHERE p.slug = :slug"
        )
        params = {"slug": slug, "limit": limit}
        if author:
            sql += " AND c.author = :author"
            params["author"] = author
        sql += " ORDER BY c.created_at DESC LIMIT :limit"
        result = self.session.execute(text(sql), params)
        return [dict(row._mapping) for row in result]


@app.route("/posts/<slug>/comments", methods=["GET", "POST"])
def post_comments(slug):
    source = request.form if request.method == "POST" else request.args
    author = source.get("author")
    limit = min(int(source.get("limit", 20)), 100)
    comments = CommentService(Session()).recent_for_post(slug, author=author, limit=limit)
    return jsonify(comments=comments, total=len(comments))
