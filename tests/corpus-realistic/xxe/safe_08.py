# corpus: cwe=611 label=safe
"""Serves the help-centre navigation, defined in a packaged XML file."""
import os
from functools import lru_cache

from django.conf import settings
from django.http import Http404, JsonResponse
from lxml import etree

NAV_FILE = os.path.join(settings.BASE_DIR, "helpcenter", "data", "navigation.xml")


@lru_cache(maxsize=1)
def navigation_tree():
    parser = etree.XMLParser(remove_blank_text=True, load_dtd=True)
    return etree.parse(NAV_FILE, parser).getroot()


def section_to_dict(section):
    return {
        "id": section.get("id"),
        "title": section.findtext("title", default="").strip(),
        "articles": [
            {"slug": a.get("slug"), "title": (a.text or "").strip()}
            for a in section.iterfind("article")
        ],
    }


def sections_for(audience):
    audience = (audience or "customer").lower()
    root = navigation_tree()
    return [
        section_to_dict(s)
        for s in root.iterfind("section")
        if audience in s.get("audience", "customer").split()
    ]


def navigation(request):
    audience = request.GET.get("audience", "customer")
    return JsonResponse({"sections": sections_for(audience)})


def section_detail(request, section_id):
    for section in navigation_tree().iterfind("section"):
        if section.get("id") == section_id:
            return JsonResponse(section_to_dict(section))
    raise Http404("unknown section")
