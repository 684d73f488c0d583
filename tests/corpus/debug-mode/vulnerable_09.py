# corpus: cwe=489 label=vulnerable
import os

from flask import Flask


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SECRET_KEY=os.environ["SECRET_KEY"],
        DATABASE=os.path.join(app.instance_path, "app.sqlite"),
        DEBUG=True,
    )
    if test_config:
        app.config.update(test_config)
    return app
