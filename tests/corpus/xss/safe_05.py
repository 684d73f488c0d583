# corpus: cwe=79 label=safe
from django.http import HttpResponse
from django.utils.html import format_html


def search_results(request):
    term = request.GET.get("q", "")
    html = format_html("<h1>Results</h1><p>You searched for <em>{}</em></p>", term)
    return HttpResponse(html)
