# corpus: cwe=295 label=vulnerable
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


def build_context():
    return ssl._create_unverified_context()


def probe(name, url, context):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=5, context=context) as resp:
            body = json.loads(resp.read().decode("utf-8") or "{}")
            status = body.get("status", "ok" if resp.status == 200 else "degraded")
    except urllib.error.HTTPError as exc:
        status = "http %d" % exc.code
    except (urllib.error.URLError, OSError) as exc:
        status = "down (%s)" % getattr(exc, "reason", exc)
    return name, status, (time.monotonic() - started) * 1000


def main(names):
    context = build_context()
    selected = names or sorted(SERVICES)
    width = max(len(n) for n in selected)
    failures = 0
    for name in selected:
        url = SERVICES.get(name)
        if url is None:
            print("unknown service: %s" % name, file=sys.stderr)
            failures += 1
            continue
        name, status, ms = probe(name, url, context)
        print("%s  %-20s %6.1f ms" % (name.ljust(width), status, ms))
        failures += status != "ok"
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
