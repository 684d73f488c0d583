# corpus: cwe=22 label=vulnerable
import os

from flask import Flask, abort, send_file

app = Flask(__name__)
MANUALS = "/opt/helpdesk/manuals"


@app.route("/manuals/<path:section>")
def manual(section):
    full = os.path.join(MANUALS, section)
    if not os.path.exists(full):
        abort(404)
    return send_file(full)
