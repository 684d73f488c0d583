# corpus: cwe=489 label=vulnerable
from flask import Flask

from .views import bp


def create_app():
    app = Flask(__name__)
    app.config["DEBUG"] = True
    app.config["JSON_SORT_KEYS"] = False
    app.register_blueprint(bp)
    return app
