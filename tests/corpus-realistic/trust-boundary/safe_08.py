# corpus: cwe=501 label=safe
"""Language switcher for the public site (Django)."""
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

LANG_MAP = {
    "en": "en",
    "en-gb": "en",
    "de": "de",
    "de-at": "de",
    "fr": "fr",
    "nl": "nl",
}
SESSION_KEY = "ui_language"


def normalise(code):
    return LANG_MAP.get((code or "").strip().lower(), "en")


@require_POST
def set_language(request):
    lang = normalise(request.POST.get("language"))
    request.session[SESSION_KEY] = lang
    translation.activate(lang)

    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = "/"
    return HttpResponseRedirect(target)


class SessionLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        lang = request.session.get(SESSION_KEY)
        if lang:
            translation.activate(lang)
            request.LANGUAGE_CODE = lang
        return self.get_response(request)
