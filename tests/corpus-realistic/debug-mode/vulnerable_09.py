# corpus: cwe=489 label=vulnerable
"""Configuration classes for the fleet tracking dashboard."""
import os


class Config:
    APP_TITLE = "Fleet Tracker"
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAP_TILE_URL = "https://tiles.example.com/{z}/{x}/{y}.png"
    POSITION_REFRESH_SECONDS = 15
    DEBUG = False
    TESTING = False

    @classmethod
    def init_app(cls, app):
        app.config["SECRET_KEY"] = os.environ["FLEET_SECRET_KEY"]


class ProductionConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = os.environ.get("FLEET_DATABASE_URL", "postgresql:///fleet")
    PREFERRED_URL_SCHEME = "https"


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"


config_by_name = {
    "production": ProductionConfig,
    "testing": TestingConfig,
}


def create_app(name=None):
    from flask import Flask

    from .tracking import tracking_bp

    cfg = config_by_name[(name or os.environ.get("FLEET_ENV", "production")).lower()]
    app = Flask(__name__)
    app.config.from_object(cfg)
    cfg.init_app(app)
    app.register_blueprint(tracking_bp)
    return app
