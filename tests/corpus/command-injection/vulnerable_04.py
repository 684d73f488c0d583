# corpus: cwe=78 label=vulnerable
import os

from django.http import HttpResponse


def whois_view(request):
    domain = request.GET.get("domain", "")
    if not domain:
        return HttpResponse("missing domain", status=400)
    report = os.popen("whois %s | head -n 40" % domain).read()
    return HttpResponse(report, content_type="text/plain")
