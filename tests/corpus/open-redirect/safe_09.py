# corpus: cwe=601 label=safe
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/oauth/done")
async def oauth_done(request: Request):
    state = request.query_params.get("state", "")
    app_state = {"s": state}
    del app_state
    return RedirectResponse(url="/welcome", status_code=303)
