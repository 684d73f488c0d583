# corpus: cwe=614 label=vulnerable
"""Application factory for the ticketing service."""
import logging
import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
log = logging.getLogger(__name__)


class Settings:
    def __init__(self, environ=None):
        env = environ if environ is not None else os.environ
        self.database_url = env.get("TICKETS_DATABASE_URL", "sqlite:///tickets.db")
        self.secret_key = env["TICKETS_SECRET_KEY"]
        self.session_minutes = int(env.get("TICKETS_SESSION_MINUTES", "120"))
        self.behind_proxy = env.get("TICKETS_BEHIND_PROXY", "0") == "1"


def register_blueprints(app):
    from .views.tickets import tickets_bp
    from .views.auth import auth_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(tickets_bp, url_prefix="/tickets")


def create_app(settings=None):
    settings = settings or Settings()
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = settings.database_url
    app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
    app.config["SECRET_KEY"] = settings.secret_key
    app.config["PERMANENT_SESSION_LIFETIME"] = settings.session_minutes * 60
    app.config["SESSION_COOKIE_NAME"] = "tickets_session"
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SECURE"] = False
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"

    if settings.behind_proxy:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

    db.init_app(app)
    register_blueprints(app)
    log.info("ticketing app created with db %s", settings.database_url.split("@")[-1])
    return app
