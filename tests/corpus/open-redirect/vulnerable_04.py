# corpus: cwe=601 label=vulnerable
from django.http import HttpResponsePermanentRedirect


def language_switch(request):
    lang = request.POST.get("language", "en")
    request.session["lang"] = lang
    referer = request.META.get("HTTP_REFERER", "/")
    return HttpResponsePermanentRedirect(referer)
