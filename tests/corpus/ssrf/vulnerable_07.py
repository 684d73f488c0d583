# corpus: cwe=918 label=vulnerable
import aiohttp
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/crawl")
async def crawl(request: Request):
    job = await request.json()
    async with aiohttp.ClientSession() as http:
        async with http.get(job["start_url"]) as resp:
            body = await resp.text()
    return {"length": len(body)}
