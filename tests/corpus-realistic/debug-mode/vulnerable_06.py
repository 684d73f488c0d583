# corpus: cwe=489 label=vulnerable
"""WSGI entry point used by uWSGI for the customer support portal."""
import os
import sys

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from support.app import create_app


def build_wsgi():
    flask_app = create_app(os.environ.get("SUPPORT_CONFIG", "production"))
    wrapped = ProxyFix(flask_app.wsgi_app, x_for=1, x_proto=1, x_host=1)
    flask_app.wsgi_app = DebuggedApplication(wrapped, evalex=True)
    return flask_app


application = build_wsgi()


def describe():
    routes = sorted(str(rule) for rule in application.url_map.iter_rules())
    return {"name": application.name, "routes": routes, "config": application.config.get("ENV_NAME")}


if __name__ == "__main__":
    for key, value in describe().items():
        print("%s: %s" % (key, value))
