# corpus: cwe=502 label=vulnerable
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.post("/api/import")
def import_settings():
    settings = jsonpickle.decode(request.get_data(as_text=True))
    return {"imported": sorted(vars(settings))}
