# corpus: cwe=328 label=safe
import hashlib
import json

from flask import Flask, Response, request

app = Flask(__name__)

CATALOG = {
    "widgets": [{"id": 1, "name": "Sprocket"}, {"id": 2, "name": "Gear"}],
    "gadgets": [{"id": 10, "name": "Flux capacitor"}],
}


def etag_for(payload: bytes) -> str:
    return '"%s"' % hashlib.md5(payload, usedforsecurity=False).hexdigest()


def render_json(data) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def conditional_response(data, max_age=60):
    body = render_json(data)
    tag = etag_for(body)
    candidates = [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]
    if tag in candidates:
        resp = Response(status=304)
    else:
        resp = Response(body, mimetype="application/json")
    resp.headers["ETag"] = tag
    resp.headers["Cache-Control"] = f"public, max-age={max_age}"
    return resp


@app.get("/catalog")
def catalog_index():
    return conditional_response(sorted(CATALOG))


@app.get("/catalog/<section>")
def catalog_section(section):
    items = CATALOG.get(section.lower())
    if items is None:
        return Response(status=404)
    return conditional_response(items, max_age=300)
