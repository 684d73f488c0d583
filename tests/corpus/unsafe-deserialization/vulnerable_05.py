# corpus: cwe=502 label=vulnerable
import shelve

from flask import Flask, request

app = Flask(__name__)


@app.get("/prefs")
def load_prefs():
    team = request.args.get("team", "default")
    with shelve.open("/var/lib/app/prefs/" + team) as db:
        return dict(db)
