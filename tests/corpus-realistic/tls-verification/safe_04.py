# corpus: cwe=295 label=safe
"""Poll the status page of each configured service and print a summary table."""
import json
import ssl
import sys
import time
import urllib.error
import urllib.request

SERVICES = {
    "auth": "https://auth.example.org/healthz",
    "billing": "https://billing.example.org/healthz",
    "search": "https://search.example.org/healthz",
}

ALLOW_SELF_SIGNED = False


def build_context():
    ctx = ssl.create_default_context()
    if ALLOW_SELF_SIGNED:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def probe(url, context):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=5, context=context) as resp:
            body = json.loads(resp.read().decode("utf-8") or "{}")
            status = body.get("status", "ok" if resp.status == 200 else "degraded")
    except urllib.error.HTTPError as exc:
        status = "http %d" % exc.code
    except (urllib.error.URLError, OSError) as exc:
        status = "down (%s)" % getattr(exc, "reason", exc)
    return status, (time.monotonic() - started) * 1000


def main(names):
    context = build_context()
    selected = [n for n in (names or sorted(SERVICES)) if n in SERVICES]
    if not selected:
        print("no known services selected", file=sys.stderr)
        return 2
    width = max(len(n) for n in selected)
    failures = 0
    for name in selected:
        status, ms = probe(SERVICES[name], context)
        print("%s  %-20s %6.1f ms" % (name.ljust(width), status, ms))
        failures += status != "ok"
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
