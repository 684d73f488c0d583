# corpus: cwe=614 label=safe
"""Configuration objects for the recruiting app."""
import os


class BaseConfig:
    APP_NAME = "recruit"
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_COOKIE_NAME = "recruit_session"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_HTTPONLY = True
    PERMANENT_SESSION_LIFETIME = 3600


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"

    def __init__(self, environ=None):
        env = environ if environ is not None else os.environ
        self.SECRET_KEY = env["RECRUIT_SECRET_KEY"]
        self.SQLALCHEMY_DATABASE_URI = env.get("RECRUIT_DATABASE_URL", "")
        self.MAIL_SERVER = env.get("RECRUIT_SMTP", "smtp.example.com")


class TestConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = os.environ.get("RECRUIT_TEST_SECRET", "")
    SQLALCHEMY_DATABASE_URI = "sqlite://"


CONFIGS = {"production": ProductionConfig, "test": TestConfig}


def config_for(name):
    key = (name or "production").strip().lower()
    if key not in CONFIGS:
        raise RuntimeError("unknown configuration %r" % name)
    return CONFIGS[key]()


def create_app(config_name=None):
    from flask import Flask

    app = Flask(__name__)
    app.config.from_object(config_for(config_name or os.environ.get("RECRUIT_ENV")))
    from .candidates import candidates_bp

    app.register_blueprint(candidates_bp)
    return app
