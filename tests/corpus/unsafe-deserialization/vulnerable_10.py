# corpus: cwe=502 label=vulnerable
import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.post("/datasets/preview")
def preview_dataset():
    upload = request.files["dataset"]
    frame = pd.read_pickle(upload.stream)
    return frame.head(10).to_json(orient="records")
