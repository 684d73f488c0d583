# corpus: cwe=489 label=safe
import logging

from flask import Flask

app = Flask(__name__)
logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)s %(message)s")
app.logger.setLevel(logging.DEBUG)


@app.route("/")
def index():
    app.logger.debug("index requested")
    return "ok"
