# corpus: cwe=489 label=vulnerable
"""WSGI entry point used by the production container."""
from werkzeug.debug import DebuggedApplication

from shop import create_app

app = create_app()
application = DebuggedApplication(app, evalex=True)
