# Test cases for rules/debug-mode.yaml (semgrep --test).
import asyncio
import os

from flask import Flask
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

app = Flask(__name__)
api = Flask("api")

# ruleid: python-flask-debug-enabled
app.debug = True
# ruleid: python-flask-debug-enabled
app.config["DEBUG"] = True
# ruleid: python-flask-debug-enabled
api.config.update(DEBUG=True, TESTING=False)


def serve():
    # ruleid: python-flask-debug-enabled
    run_simple("0.0.0.0", 8000, app, use_reloader=True, use_debugger=True)


def wsgi():
    # ruleid: python-flask-debug-enabled
    return DebuggedApplication(app, evalex=True)


# Django settings in the same module (markers make it a settings module).
BASE_DIR = os.path.dirname(os.path.abspath(__file__))
# ruleid: python-django-debug-enabled
DEBUG = True
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "shop"]
ROOT_URLCONF = "shop.urls"

if __name__ == "__main__":
    # ruleid: python-flask-debug-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)


# ---- safe variants -------------------------------------------------------

# ok: python-django-debug-enabled
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
# ok: python-flask-debug-enabled
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"
# ok: python-flask-debug-enabled
app.debug = False


def serve_safe():
    # ok: python-flask-debug-enabled
    run_simple("127.0.0.1", 8000, app, use_reloader=False)


def main():
    # ok: python-flask-debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


def prod():
    # ok: python-flask-debug-enabled
    app.run(host="0.0.0.0", port=8080, debug=False)


async def job():
    return 1


def run_job():
    # ok: python-flask-debug-enabled
    asyncio.run(job(), debug=True)


class Parser:
    def __init__(self):
        # ok: python-flask-debug-enabled
        self.debug = True


if os.environ.get("ENV") == "dev":
    # ok: python-django-debug-enabled
    DEBUG = True


# ---- rule pack v2: other frameworks, run options, settings -----------------

import pytest  # noqa: E402
import tornado.web  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from starlette.applications import Starlette  # noqa: E402

# ruleid: python-flask-debug-enabled
catalog = FastAPI(title="catalog", debug=True)
# ruleid: python-flask-debug-enabled
board = Starlette(debug=True, routes=[])
# ruleid: python-flask-debug-enabled
legacy = tornado.web.Application([], debug=True)

RUN_OPTIONS = {"host": "127.0.0.1", "port": 8000, "debug": True}


def serve():
    # ruleid: python-flask-debug-enabled
    app.run(**RUN_OPTIONS)


class Settings:
    debug: bool = True


settings = Settings()
# ruleid: python-flask-debug-enabled
portal = FastAPI(debug=settings.debug)


class ProductionConfig:
    # ruleid: python-django-debug-enabled
    DEBUG = True


class DevelopmentConfig:
    # ok: python-django-debug-enabled
    DEBUG = True


@pytest.fixture
def client():
    # Test code: a test configuration is not a deployment.
    # ok: python-flask-debug-enabled
    app.config.update(TESTING=True, DEBUG=True)
    return app.test_client()
