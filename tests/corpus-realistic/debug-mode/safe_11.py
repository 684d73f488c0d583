# corpus: cwe=489 label=safe
"""Configuration classes for the fleet tracking dashboard."""
import os


class Config:
    APP_TITLE = "Fleet Tracker"
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAP_TILE_URL = "https://tiles.example.com/{z}/{x}/{y}.png"
    POSITION_REFRESH_SECONDS = 15
    DEBUG = False
    TESTING = False
    PROPAGATE_EXCEPTIONS = False

    @classmethod
    def init_app(cls, app):
        app.config["SECRET_KEY"] = os.environ["FLEET_SECRET_KEY"]


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = os.environ.get("FLEET_DATABASE_URL", "postgresql:///fleet")
    PREFERRED_URL_SCHEME = "https"


class StagingConfig(ProductionConfig):
    POSITION_REFRESH_SECONDS = 5
    EXPLAIN_TEMPLATE_LOADING = False


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"


config_by_name = {
    "production": ProductionConfig,
    "staging": StagingConfig,
    "testing": TestingConfig,
}


def create_app(name=None):
    from flask import Flask

    from .tracking import tracking_bp

    key = (name or os.environ.get("FLEET_ENV", "production")).lower()
    cfg = config_by_name.get(key, ProductionConfig)
    app = Flask(__name__)
    app.config.from_object(cfg)
    cfg.init_app(app)
    app.register_blueprint(tracking_bp)
    return app
