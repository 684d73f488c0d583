# corpus: cwe=79 label=vulnerable
"""Documentation site search served by FastAPI."""
from typing import Optional

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI(title="docs-search")

DOCS = {
    "install": "How to install the CLI on Linux, macOS and Windows.",
    "config": "Reference for every key in the configuration file.",
    "plugins": "Writing and publishing plugins.",
}


def find_docs(term: str, limit: int = 10):
    term = term.casefold()
    hits = [(slug, text) for slug, text in DOCS.items() if term in text.casefold()]
    return hits[:limit]


def snippet(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


@app.get("/search", response_class=HTMLResponse)
async def search(q: str = Query("", max_length=200), limit: Optional[int] = 10):
    hits = find_docs(q, limit or 10)
    items = "".join(
        f'<li><a href="/docs/{slug}">{slug}</a> {snippet(text)}</li>' for slug, text in hits
    )
    summary = f"<p>{len(hits)} result(s) for <em>{q}</em></p>"
    return HTMLResponse(content=f"<html><body>{summary}<ol>{items}</ol></body></html>")


@app.get("/healthz")
async def healthz():
    return {"ok": True}
