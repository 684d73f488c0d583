# corpus: cwe=601 label=safe
"""Legacy item URLs forward to the new canonical item pages."""
from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

app = FastAPI()

ITEM_ALIASES = {"old-chair": 101, "old-table": 102}


def canonical_item_url(item_id: int, tab: str = "overview") -> str:
    tabs = ("overview", "reviews", "specs")
    suffix = "" if tab not in tabs or tab == "overview" else f"#{tab}"
    return f"/items/{item_id}{suffix}"


@app.get("/legacy/item/{item_id}")
def legacy_item(item_id: int, tab: str = "overview"):
    return RedirectResponse(canonical_item_url(item_id, tab), status_code=301)


@app.get("/legacy/alias/{alias}")
def legacy_alias(alias: str):
    item_id = ITEM_ALIASES.get(alias.lower())
    if item_id is None:
        raise HTTPException(status_code=404)
    return RedirectResponse(url=canonical_item_url(item_id), status_code=301)


@app.get("/items/{item_id}")
def item(item_id: int):
    return {"id": item_id}
