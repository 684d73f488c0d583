# corpus: cwe=489 label=safe
"""WSGI entry point: served by gunicorn (gunicorn wsgi:app)."""
from shop import create_app

app = create_app()

if __name__ == "__main__":
    from waitress import serve

    serve(app, host="0.0.0.0", port=8080)
