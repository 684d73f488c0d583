# corpus: cwe=918 label=safe
import aiohttp
from fastapi import FastAPI

app = FastAPI()
TRANSLATE_URL = "https://translate.example.com/v1/translate"


@app.get("/translate")
async def translate(text: str, target: str = "en"):
    async with aiohttp.ClientSession() as http:
        async with http.post(TRANSLATE_URL, json={"q": text, "target": target}) as resp:
            return await resp.json()
