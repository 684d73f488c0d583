# corpus: cwe=78 label=safe
import os

from flask import Flask

app = Flask(__name__)


@app.post("/admin/flush-cache")
def flush_cache():
    os.system("redis-cli -n 2 FLUSHDB")
    return "flushed"
