# corpus: cwe=489 label=safe
"""Application factory for the volunteer rota service."""
import logging
import os

from flask import Flask, jsonify


def env_flag(name, default="0"):
    return os.environ.get(name, default).strip().lower() in ("1", "true", "yes")


def configure_logging(app):
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    app.logger.addHandler(handler)
    app.logger.setLevel(logging.DEBUG if app.debug else logging.INFO)


def register_error_handlers(app):
    @app.errorhandler(404)
    def not_found(_):
        return jsonify({"error": "not found"}), 404

    @app.errorhandler(500)
    def server_error(_):
        return jsonify({"error": "internal error"}), 500


def create_app():
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ["ROTA_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ.get("ROTA_DATABASE_URL", "sqlite:///rota.db"),
        SHIFT_LENGTH_HOURS=int(os.environ.get("ROTA_SHIFT_HOURS", "4")),
    )
    app.debug = env_flag("ROTA_DEBUG")

    configure_logging(app)
    register_error_handlers(app)

    from .shifts import shifts_bp
    from .volunteers import volunteers_bp

    app.register_blueprint(shifts_bp, url_prefix="/shifts")
    app.register_blueprint(volunteers_bp, url_prefix="/volunteers")
    return app


app = create_app()
