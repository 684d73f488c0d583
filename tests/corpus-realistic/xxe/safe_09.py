# corpus: cwe=611 label=safe
"""FastAPI service that inspects uploaded SVG icons."""
from typing import Dict

import defusedxml.ElementTree as ET
from defusedxml import DefusedXmlException
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI(title="icon-service")

SVG_NS = "http://www.w3.org/2000/svg"
MAX_BYTES = 512 * 1024


def svg_dimensions(root) -> Dict[str, str]:
    width, height = root.get("width", ""), root.get("height", "")
    view_box = root.get("viewBox", "")
    if (not width or not height) and view_box:
        parts = view_box.replace(",", " ").split()
        if len(parts) == 4:
            width, height = parts[2], parts[3]
    return {"width": width or "0", "height": height or "0"}


@app.post("/icons/inspect")
async def inspect_icon(icon: UploadFile = File(...)):
    content = await icon.read()
    if len(content) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="icon too large")
    try:
        root = ET.fromstring(content, forbid_dtd=True)
    except DefusedXmlException:
        raise HTTPException(status_code=400, detail="DTDs and entities are not allowed")
    except ET.ParseError as exc:
        raise HTTPException(status_code=400, detail=f"invalid svg: {exc}")

    if root.tag != "{%s}svg" % SVG_NS:
        raise HTTPException(status_code=422, detail="not an svg document")

    labels = [t.text.strip() for t in root.iter("{%s}text" % SVG_NS) if t.text]
    return {
        "filename": icon.filename,
        "size": svg_dimensions(root),
        "labels": labels,
        "elements": sum(1 for _ in root.iter()),
    }
