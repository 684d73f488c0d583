# corpus: cwe=489 label=safe
"""Production launcher for the ordering kiosk backend (waitress)."""
import argparse
import logging
import os

from flask import Flask, jsonify
from waitress import serve

from .menu import MenuRepository

log = logging.getLogger("kiosk")


def create_app():
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["KIOSK_SECRET_KEY"],
        DEBUG_TB_ENABLED=False,
        DEBUG_TB_INTERCEPT_REDIRECTS=False,
        JSONIFY_PRETTYPRINT_REGULAR=False,
    )
    menu = MenuRepository(os.environ.get("KIOSK_MENU", "menu.json"))

    @app.route("/menu")
    def get_menu():
        return jsonify(menu.items())

    @app.route("/menu/<int:item_id>")
    def get_item(item_id):
        item = menu.get(item_id)
        return (jsonify(item), 200) if item else (jsonify({"error": "unknown item"}), 404)

    return app


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--debug-log", action="store_true", help="verbose logging for troubleshooting")
    args = parser.parse_args()

    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger().setLevel(logging.DEBUG if args.debug_log else logging.INFO)
    log.debug("starting kiosk backend on port %d", args.port)
    serve(create_app(), host="127.0.0.1", port=args.port, threads=8)


if __name__ == "__main__":
    main()
