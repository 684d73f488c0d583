# corpus: cwe=614 label=vulnerable
"""Configuration objects for the recruiting app."""
import os


class BaseConfig:
    APP_NAME = "recruit"
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_COOKIE_NAME = "recruit_session"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = 3600
    UPLOAD_EXTENSIONS = (".pdf", ".docx")

    @property
    def SECRET_KEY(self):
        return os.environ["RECRUIT_SECRET_KEY"]


class ProductionConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = os.environ.get("RECRUIT_DATABASE_URL", "")
    PREFERRED_URL_SCHEME = "https"
    SESSION_COOKIE_SECURE = False
    MAIL_SERVER = os.environ.get("RECRUIT_SMTP", "smtp.example.com")


class TestConfig(BaseConfig):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"


CONFIGS = {"production": ProductionConfig, "test": TestConfig}


def config_for(name):
    try:
        return CONFIGS[name.strip().lower()]
    except KeyError:
        raise RuntimeError("unknown configuration %r" % name)


def create_app(config_name=None):
    from flask import Flask

    app = Flask(__name__)
    app.config.from_object(config_for(config_name or os.environ.get("RECRUIT_ENV", "production"))())
    from .candidates import candidates_bp

    app.register_blueprint(candidates_bp)
    return app
