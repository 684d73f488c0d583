# corpus: cwe=79 label=safe
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/hello")
async def hello(request: Request):
    visitor = request.query_params.get("visitor", "stranger")
    return {"greeting": "Hello " + visitor}
