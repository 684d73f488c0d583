# corpus: cwe=918 label=vulnerable
import httpx
from flask import Flask, request

app = Flask(__name__)


def tenant_health(tenant_host):
    return httpx.get("https://%s/healthz" % tenant_host, timeout=2.0).status_code


@app.route("/tenants/check")
def check_tenant():
    status = tenant_health(request.args["host"])
    return {"status": status}
