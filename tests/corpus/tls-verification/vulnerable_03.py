# corpus: cwe=295 label=vulnerable
import httpx


async def fetch_prices(symbols):
    async with httpx.AsyncClient(base_url="https://quotes.example", verify=False) as client:
        resp = await client.get("/v1/prices", params={"s": ",".join(symbols)})
        resp.raise_for_status()
        return resp.json()
