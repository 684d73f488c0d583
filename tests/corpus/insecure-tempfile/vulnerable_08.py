# corpus: cwe=377 label=vulnerable
import datetime

from flask import Flask, request

app = Flask(__name__)


@app.after_request
def trace(response):
    with open("/var/tmp/app-trace.log", "a") as log:
        log.write("%s %s %s\n" % (datetime.datetime.now().isoformat(), request.path, response.status_code))
    return response
