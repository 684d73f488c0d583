# corpus: cwe=489 label=safe
import os

from flask import Flask


class Config:
    DEBUG = False
    TESTING = False


class DevelopmentConfig(Config):
    DEBUG = True


CONFIGS = {"production": Config, "development": DevelopmentConfig}


def create_app():
    app = Flask(__name__)
    app.config.from_object(CONFIGS[os.environ.get("APP_ENV", "production")])
    return app
