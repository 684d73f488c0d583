# corpus: cwe=22 label=vulnerable
import os

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOG_DIR = "/var/log/service"


@app.get("/logs/tail", response_class=PlainTextResponse)
async def tail_log(request: Request):
    log_name = request.query_params.get("name", "app.log")
    with open(os.path.join(LOG_DIR, log_name)) as fh:
        return "".join(fh.readlines()[-50:])
