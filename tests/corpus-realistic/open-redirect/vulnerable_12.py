# corpus: cwe=601 label=vulnerable
"""Short-lived download links that forward to the storage backend."""
import time

from fastapi import FastAPI, HTTPException, Response

app = FastAPI()

LINKS = {}


def issue_link(object_key: str, ttl: int = 300) -> str:
    link_id = "%x" % int(time.time() * 1000)
    LINKS[link_id] = {"key": object_key, "expires": time.time() + ttl}
    return link_id


@app.post("/links")
def create_link(object_key: str):
    return {"id": issue_link(object_key)}


@app.get("/links/{link_id}")
def follow_link(link_id: str, mirror: str = ""):
    link = LINKS.get(link_id)
    if link is None or link["expires"] < time.time():
        raise HTTPException(status_code=404)
    base = mirror.rstrip("/") if mirror else "https://storage.example.com"
    location = "{}/{}".format(base, link["key"])
    return Response(status_code=307, headers={"Location": location})
