# corpus: cwe=78 label=safe
import subprocess

from django.http import HttpResponse


def whois_view(request):
    domain = request.GET.get("domain", "")
    if not domain:
        return HttpResponse("missing domain", status=400)
    proc = subprocess.run(["whois", domain], capture_output=True, text=True, timeout=20)
    lines = proc.stdout.splitlines()[:40]
    return HttpResponse("\n".join(lines), content_type="text/plain")
