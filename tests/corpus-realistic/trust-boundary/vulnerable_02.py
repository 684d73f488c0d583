# corpus: cwe=501 label=vulnerable
"""Multi-tenant reporting app: tenant is picked up from the request on each call."""
from flask import Flask, abort, g, jsonify, request, session

from .reports import load_report, tenant_reports

app = Flask(__name__)
app.config.from_prefixed_env()

TENANT_HEADER = "X-Tenant-ID"


@app.before_request
def bind_tenant():
    if "user_id" not in session:
        if request.endpoint not in ("login", "static"):
            abort(401)
        return
    header_value = request.headers.get(TENANT_HEADER, "").strip()
    if header_value:
        session["tenant_id"] = header_value
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
