# corpus: cwe=78 label=vulnerable
import asyncio

from flask import Flask, request

app = Flask(__name__)


@app.post("/scan")
async def port_scan():
    target = request.json.get("target")
    proc = await asyncio.create_subprocess_shell(
        "nmap -sV --top-ports 100 " + target,
        stdout=asyncio.subprocess.PIPE,
    )
    stdout, _ = await proc.communicate()
    return {"report": stdout.decode()}
