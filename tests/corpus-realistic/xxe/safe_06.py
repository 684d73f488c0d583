# corpus: cwe=611 label=safe
"""Django views for importing publisher manuscripts (JATS XML)."""
from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Manuscript


def extract_front_matter(root):
    front = root.find(".//front")
    if front is None:
        return {}
    title = (front.findtext(".//article-title") or "").strip()
    authors = []
    for contrib in front.iterfind(".//contrib[@contrib-type='author']"):
        given = contrib.findtext(".//given-names") or ""
        surname = contrib.findtext(".//surname") or ""
        authors.append(" ".join(p for p in (given, surname) if p))
    abstract_el = front.find(".//abstract")
    abstract = ""
    if abstract_el is not None:
        abstract = " ".join("".join(abstract_el.itertext()).split())
    return {"title": title, "authors": authors, "abstract": abstract}


@login_required
@require_POST
def upload_manuscript(request, journal_slug):
    upload = request.FILES.get("document")
    if upload is None:
        return HttpResponseBadRequest("missing document")
    if not upload.name.lower().endswith(".xml"):
        return HttpResponseBadRequest("only JATS XML is accepted")

    try:
        tree = DET.parse(upload, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (DET.ParseError, DefusedXmlException):
        return HttpResponseBadRequest("document could not be accepted")

    meta = extract_front_matter(tree.getroot())
    manuscript = Manuscript.objects.create(
        journal_slug=journal_slug,
        submitted_by=request.user,
        title=meta.get("title", "")[:500],
        authors=", ".join(meta.get("authors", [])),
        abstract=meta.get("abstract", ""),
    )
    return JsonResponse({"id": manuscript.pk, **meta}, status=201)
