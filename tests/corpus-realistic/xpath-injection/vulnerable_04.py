# corpus: cwe=643 label=vulnerable
import os

from fastapi import FastAPI, HTTPException, Query
from lxml import etree

app = FastAPI()

CONFIG_DIR = os.environ.get("DEVICE_CONFIG_DIR", "/srv/devices")


def load_device(device_id: int) -> etree._ElementTree:
    path = os.path.join(CONFIG_DIR, f"{device_id}.xml")
    if not os.path.exists(path):
        raise HTTPException(status_code=404, detail="unknown device")
    return etree.parse(path)


def interface_settings(doc, name: str):
    evaluator = etree.XPathEvaluator(doc)
    expr = "/device/interfaces/interface[name='%s']/*" % name
    return {child.tag: child.text for child in evaluator(expr)}


@app.get("/devices/{device_id}/interfaces")
def get_interface(device_id: int, name: str = Query(..., max_length=64)):
    doc = load_device(device_id)
    settings = interface_settings(doc, name)
    if not settings:
        raise HTTPException(status_code=404, detail="no such interface")
    return {"device": device_id, "interface": name, "settings": settings}
