# corpus: cwe=501 label=safe
"""Multi-tenant reporting app: tenant is chosen from the user's memberships."""
from flask import Flask, abort, g, jsonify, request, session

from .db import memberships_for
from .reports import load_report, tenant_reports

app = Flask(__name__)
app.config.from_prefixed_env()

TENANT_HEADER = "X-Tenant-ID"


def membership(user_id, requested):
    for m in memberships_for(user_id):
        if str(m.tenant_id) == requested:
            return m
    return None


@app.before_request
def bind_tenant():
    if "user_id" not in session:
        if request.endpoint not in ("login", "static"):
            abort(401)
        return
    requested = request.headers.get(TENANT_HEADER, "").strip()
    if requested:
        m = membership(session["user_id"], requested)
        if m is None:
            abort(403, "not a member of that tenant")
        session["tenant_id"] = m.tenant_id
        session["tenant_role"] = m.role
    g.tenant_id = session.get("tenant_id")


@app.get("/reports")
def list_reports():
    if not g.tenant_id:
        abort(400, "no tenant selected")
    return jsonify(reports=tenant_reports(g.tenant_id))


@app.get("/reports/<int:report_id>")
def show_report(report_id):
    report = load_report(g.tenant_id, report_id)
    if report is None:
        abort(404)
    return jsonify(report)
