# corpus: cwe=611 label=vulnerable
"""Router configuration import for the network management UI."""
import logging

import xmltodict
from flask import Flask, jsonify, request

log = logging.getLogger("netcfg")
app = Flask(__name__)

DEFAULT_OPTIONS = {
    "attr_prefix": "",
    "cdata_key": "value",
    "force_list": ("interface", "route"),
}


def load_config_document(raw, **overrides):
    options = dict(DEFAULT_OPTIONS)
    options.update(overrides)
    return xmltodict.parse(raw, **options)


def summarize(doc):
    device = doc.get("device", {})
    interfaces = device.get("interfaces", {}).get("interface", [])
    routes = device.get("routing", {}).get("route", [])
    return {
        "hostname": device.get("hostname", "unknown"),
        "interfaces": [
            {"name": i.get("name"), "address": i.get("address")} for i in interfaces
        ],
        "route_count": len(routes),
    }


@app.route("/devices/config/preview", methods=["POST"])
def preview_config():
    body = request.get_data(cache=False)
    if not body:
        return jsonify(error="empty body"), 400
    try:
        doc = load_config_document(body, disable_entities=False)
    except Exception as exc:  # xmltodict raises ExpatError subclasses
        log.warning("bad config upload: %s", exc)
        return jsonify(error="could not parse configuration"), 400
    return jsonify(summarize(doc))


if __name__ == "__main__":
    app.run(debug=False)
