# corpus: cwe=295 label=safe
import httpx


async def fetch_prices(symbols):
    async with httpx.AsyncClient(base_url="https://quotes.example", timeout=10) as client:
        resp = await client.get("/v1/prices", params={"s": ",".join(symbols)})
        resp.raise_for_status()
        return resp.json()
