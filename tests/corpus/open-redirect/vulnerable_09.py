# corpus: cwe=601 label=vulnerable
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/oauth/done")
async def oauth_done(request: Request):
    state = request.query_params.get("state", "")
    next_page = state.split("|", 1)[-1]
    return RedirectResponse(url=next_page, status_code=307)
