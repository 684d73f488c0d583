# corpus: cwe=489 label=safe
from werkzeug.serving import run_simple

from myapp import create_app

application = create_app()

if __name__ == "__main__":
    run_simple("127.0.0.1", 8080, application, use_reloader=False, threaded=True)
