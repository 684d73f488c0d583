# corpus: cwe=489 label=vulnerable
from werkzeug.serving import run_simple

from myapp import create_app

application = create_app()

if __name__ == "__main__":
    run_simple("0.0.0.0", 8080, application, use_reloader=True, use_debugger=True)
