# corpus: cwe=643 label=safe
import os

from fastapi import FastAPI, HTTPException, Query
from lxml import etree

app = FastAPI()

CONFIG_DIR = os.environ.get("DEVICE_CONFIG_DIR", "/srv/devices")

SECTIONS = {
    "interfaces": "interfaces/interface",
    "routes": "routing/static/route",
    "vlans": "switching/vlans/vlan",
    "users": "management/users/user",
}


def load_device(device_id: int):
    path = os.path.join(CONFIG_DIR, f"{device_id}.xml")
    if not os.path.exists(path):
        raise HTTPException(status_code=404, detail="unknown device")
    return etree.parse(path)


def section_entries(doc, section: str):
    try:
        relative = SECTIONS[section]
    except KeyError:
        raise HTTPException(status_code=400, detail=f"unknown section {section!r}")
    evaluator = etree.XPathEvaluator(doc)
    return [{child.tag: child.text for child in entry} for entry in evaluator("/device/" + relative)]


@app.get("/devices/{device_id}/config")
def get_section(device_id: int, section: str = Query("interfaces")):
    doc = load_device(device_id)
    entries = section_entries(doc, section)
    if section == "users":
        entries = [{k: v for k, v in e.items() if k != "secret"} for e in entries]
    return {"device": device_id, "section": section, "entries": entries}
