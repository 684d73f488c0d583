# corpus: cwe=643 label=safe
import os

from flask import Flask, abort, g, jsonify, request
from lxml import etree

app = Flask(__name__)

TENANTS_XML = os.environ.get("TENANTS_XML", "/srv/config/tenants.xml")
TENANT_HEADER = "X-Tenant"

TENANT_KEYS = {
    "acme": "tn-0001",
    "globex": "tn-0002",
    "initech": "tn-0003",
    "umbrella": "tn-0004",
}


def tenants():
    if "tenants" not in g:
        g.tenants = etree.parse(TENANTS_XML)
    return g.tenants


def tenant_key():
    raw = request.headers.get(TENANT_HEADER, "").strip().lower()
    key = TENANT_KEYS.get(raw)
    if key is None:
        abort(404)
    return key


def feature_flags(key):
    expr = "/tenants/tenant[@key='" + key + "']/features/feature[@enabled='true']/@name"
    return sorted(str(n) for n in tenants().xpath(expr))


def plan_limits(key):
    plan = tenants().xpath(f"string(/tenants/tenant[@key='{key}']/@plan)")
    return {"plan": plan or "free", "seats": 5 if not plan else 50}


@app.route("/config/features")
def features():
    key = tenant_key()
    return jsonify(tenant=key, features=feature_flags(key), limits=plan_limits(key))
