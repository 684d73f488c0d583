# corpus: cwe=643 label=vulnerable
import os

from flask import Flask, g, jsonify, request
from lxml import etree

app = Flask(__name__)

TENANTS_XML = os.environ.get("TENANTS_XML", "/srv/config/tenants.xml")
TENANT_HEADER = "X-Tenant"


def tenants():
    if "tenants" not in g:
        g.tenants = etree.parse(TENANTS_XML)
    return g.tenants


def tenant_key():
    raw = request.headers.get(TENANT_HEADER, "")
    return raw.strip()[:64]


def feature_flags(tenant):
    nodes = tenants().xpath("/tenants/tenant[@key='" + tenant + "']/features/feature[@enabled='true']/@name")
    return sorted(str(n) for n in nodes)


def plan_limits(tenant):
    plan = tenants().xpath("string(/tenants/tenant[@key=$k]/@plan)", k=tenant)
    return {"plan": plan or "free", "seats": 5 if not plan else 50}


@app.route("/config/features")
def features():
    tenant = tenant_key()
    if not tenant:
        return jsonify(error="missing tenant"), 400
    return jsonify(tenant=tenant, features=feature_flags(tenant), limits=plan_limits(tenant))
