# corpus: cwe=22 label=safe
from flask import Flask, send_from_directory

app = Flask(__name__)
MANUALS = "/opt/helpdesk/manuals"


@app.route("/manuals/<path:section>")
def manual(section):
    # send_from_directory refuses paths that escape MANUALS
    return send_from_directory(MANUALS, section)
