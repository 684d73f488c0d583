# corpus: cwe=601 label=safe
from django.http import HttpResponseRedirect
from django.urls import reverse


def switch_tab(request):
    tab = request.GET.get("tab", "overview")
    project = request.GET.get("project")
    url = reverse("project-detail", kwargs={"slug": project})
    return HttpResponseRedirect(url + "#" + reverse("tab-anchor", args=[tab]))
