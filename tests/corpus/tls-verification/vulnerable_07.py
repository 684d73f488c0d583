# corpus: cwe=295 label=vulnerable
import aiohttp


async def post_metrics(endpoint, payload):
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post(endpoint, json=payload) as resp:
            return resp.status
