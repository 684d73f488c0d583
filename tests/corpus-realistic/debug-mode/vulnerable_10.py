# corpus: cwe=489 label=vulnerable
"""Internal status board used by the operations team."""
import os
import socket
from datetime import datetime

from flask import Flask, render_template

from .checks import CHECKS, run_check


def base_settings():
    return {
        "SECRET_KEY": os.environ["STATUS_SECRET_KEY"],
        "REFRESH_SECONDS": int(os.environ.get("STATUS_REFRESH", "30")),
        "TEAM_NAME": os.environ.get("STATUS_TEAM", "Operations"),
    }


def make_app():
    app = Flask(__name__)
    app.config.update(base_settings())
    app.config.update(
        DEBUG=True,
        TEMPLATES_AUTO_RELOAD=True,
        JSON_SORT_KEYS=False,
    )

    @app.route("/")
    def board():
        results = [run_check(check) for check in CHECKS]
        return render_template(
            "board.html",
            results=results,
            host=socket.gethostname(),
            generated=datetime.utcnow(),
            refresh=app.config["REFRESH_SECONDS"],
        )

    @app.route("/healthz")
    def healthz():
        return {"ok": True}

    return app


app = make_app()
