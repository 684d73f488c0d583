# corpus: cwe=489 label=safe
import os

from flask import Flask

from .views import bp


def create_app():
    app = Flask(__name__)
    app.config["DEBUG"] = os.getenv("FLASK_DEBUG", "0") == "1"
    app.register_blueprint(bp)
    return app
