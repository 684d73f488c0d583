# corpus: cwe=918 label=vulnerable
"""Uptime checks configured by customers from the monitoring dashboard."""
import http.client
import time

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Monitor


def check_endpoint(host, port, path="/", use_tls=False, timeout=5):
    conn_cls = http.client.HTTPSConnection if use_tls else http.client.HTTPConnection
    conn = conn_cls(host, port, timeout=timeout)
    started = time.monotonic()
    try:
        conn.request("GET", path, headers={"User-Agent": "uptime-checker"})
        status = conn.getresponse().status
    finally:
        conn.close()
    return status, round((time.monotonic() - started) * 1000)


@require_POST
def run_check_now(request, monitor_id):
    monitor = get_object_or_404(Monitor, pk=monitor_id, owner=request.user)
    target = {
        "host": request.POST.get("host", monitor.host),
        "port": int(request.POST.get("port", monitor.port)),
        "path": request.POST.get("path", monitor.path or "/"),
    }
    try:
        status, latency = check_endpoint(
            target["host"], target["port"], target["path"], use_tls=target["port"] == 443
        )
    except OSError as exc:
        return JsonResponse({"up": False, "error": str(exc)})
    return JsonResponse({"up": 200 <= status < 400, "status": status, "latency_ms": latency})
