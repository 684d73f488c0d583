# corpus: cwe=614 label=safe
"""Wiki application bootstrap."""
import os
from datetime import timedelta

from flask import Flask, g, session
from flask_login import LoginManager

login_manager = LoginManager()

COOKIE_SETTINGS = dict(
    SESSION_COOKIE_NAME="wiki_session",
    SESSION_COOKIE_SAMESITE="Lax",
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    REMEMBER_COOKIE_SECURE=True,
    REMEMBER_COOKIE_HTTPONLY=True,
    REMEMBER_COOKIE_DURATION=timedelta(days=14),
)


@login_manager.user_loader
def user_loader(user_id):
    from .models import User

    return User.query.get(int(user_id))


def build_app(overrides=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(
        SECRET_KEY=os.environ["WIKI_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ.get("WIKI_DB", "sqlite:///wiki.sqlite"),
        MAX_CONTENT_LENGTH=8 * 1024 * 1024,
    )
    app.config.update(COOKIE_SETTINGS)
    if overrides:
        app.config.update({k: v for k, v in overrides.items() if not k.startswith("SESSION_COOKIE")})

    login_manager.init_app(app)
    login_manager.login_view = "auth.login"

    @app.before_request
    def remember_last_page():
        g.last_page = session.get("last_page")

    from .pages import pages_bp

    app.register_blueprint(pages_bp)
    return app
