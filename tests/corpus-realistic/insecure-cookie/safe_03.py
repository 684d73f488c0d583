# corpus: cwe=614 label=safe
"""User interface preference endpoints (theme, language, density)."""
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

THEMES = {"light": "light", "dark": "dark", "system": "system"}
LANGUAGES = {"en", "de", "fr", "es"}
DENSITIES = {"compact": "compact", "comfortable": "comfortable"}
PREF_MAX_AGE = 60 * 60 * 24 * 365


def _pick(mapping, raw):
    if raw is None:
        return None
    return mapping.get(raw.strip().lower())


def _store_pref(response, name, value):
    response.set_cookie(
        "ui_" + name,
        value,
        max_age=PREF_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )


@require_POST
def update_preferences(request):
    theme = _pick(THEMES, request.POST.get("theme"))
    density = _pick(DENSITIES, request.POST.get("density"))
    lang = request.POST.get("lang", "").strip().lower()
    lang = lang if lang in LANGUAGES else None

    if not any([theme, density, lang]):
        return HttpResponseBadRequest("nothing to update")

    response = JsonResponse({"theme": theme, "density": density, "lang": lang})
    for name, value in (("theme", theme), ("density", density), ("lang", lang)):
        if value:
            _store_pref(response, name, value)
    return response


def current_preferences(request):
    return JsonResponse(
        {
            "theme": request.COOKIES.get("ui_theme", "system"),
            "density": request.COOKIES.get("ui_density", "comfortable"),
            "lang": request.COOKIES.get("ui_lang", "en"),
        }
    )
