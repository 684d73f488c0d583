# corpus: cwe=79 label=vulnerable
from django.http import HttpResponse


def search_results(request):
    term = request.GET.get("q", "")
    html = "<h1>Results</h1>"
    html += "<p>You searched for <em>{}</em></p>".format(term)
    return HttpResponse(html)
