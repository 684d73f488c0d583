# corpus: cwe=295 label=safe
import ssl

import aiohttp

SSL_CONTEXT = ssl.create_default_context(cafile="/etc/ssl/certs/metrics-ca.pem")


async def post_metrics(endpoint, payload):
    connector = aiohttp.TCPConnector(ssl=SSL_CONTEXT)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post(endpoint, json=payload) as resp:
            return resp.status
