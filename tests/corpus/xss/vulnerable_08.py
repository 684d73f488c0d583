# corpus: cwe=79 label=vulnerable
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
async def hello(request: Request):
    visitor = request.query_params.get("visitor", "stranger")
    return HTMLResponse(content="<h1>Hello " + visitor + "</h1>")
