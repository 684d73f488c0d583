# corpus: cwe=611 label=vulnerable
"""FastAPI service that converts uploaded SVG icons into PNG thumbnails."""
from typing import Dict

from fastapi import FastAPI, File, HTTPException, UploadFile
from lxml import etree

app = FastAPI(title="icon-service")

SVG_NS = "http://www.w3.org/2000/svg"
MAX_BYTES = 512 * 1024


def svg_dimensions(root) -> Dict[str, str]:
    width = root.get("width", "")
    height = root.get("height", "")
    view_box = root.get("viewBox", "")
    if (not width or not height) and view_box:
        parts = view_box.replace(",", " ").split()
        if len(parts) == 4:
            width, height = parts[2], parts[3]
    return {"width": width or "0", "height": height or "0"}


def collect_text(root):
    return [t.text.strip() for t in root.iter("{%s}text" % SVG_NS) if t.text]


@app.post("/icons/inspect")
async def inspect_icon(icon: UploadFile = File(...)):
    content = await icon.read()
    if len(content) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="icon too large")

    parser = etree.XMLParser(resolve_entities=True, strip_cdata=False)
    try:
        root = etree.fromstring(content, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise HTTPException(status_code=400, detail=f"invalid svg: {exc}")

    if root.tag != "{%s}svg" % SVG_NS:
        raise HTTPException(status_code=422, detail="not an svg document")

    return {
        "filename": icon.filename,
        "size": svg_dimensions(root),
        "labels": collect_text(root),
        "elements": sum(1 for _ in root.iter()),
    }
