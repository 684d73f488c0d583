# corpus: cwe=501 label=vulnerable
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/locale")
async def set_locale(request: Request):
    body = await request.json()
    request.session["locale"] = body.get("locale", "en")
    return {"ok": True}
