# corpus: cwe=611 label=vulnerable
"""Django views for importing publisher manuscripts (JATS XML)."""
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from .models import Manuscript

JATS_PARSER_OPTIONS = dict(
    load_dtd=True,
    dtd_validation=False,
    attribute_defaults=True,
    huge_tree=True,
)


def extract_front_matter(tree):
    front = tree.find(".//front")
    if front is None:
        return {}
    title = front.findtext(".//article-title", default="").strip()
    authors = []
    for contrib in front.iterfind(".//contrib[@contrib-type='author']"):
        given = contrib.findtext(".//given-names", default="")
        surname = contrib.findtext(".//surname", default="")
        authors.append(" ".join(p for p in (given, surname) if p))
    abstract = " ".join(front.xpath("string(.//abstract)").split())
    return {"title": title, "authors": authors, "abstract": abstract}


@login_required
@require_POST
def upload_manuscript(request, journal_slug):
    upload = request.FILES.get("document")
    if upload is None:
        return HttpResponseBadRequest("missing document")
    if not upload.name.lower().endswith(".xml"):
        return HttpResponseBadRequest("only JATS XML is accepted")

    parser = etree.XMLParser(**JATS_PARSER_OPTIONS)
    try:
        tree = etree.parse(upload, parser)
    except etree.XMLSyntaxError:
        return HttpResponseBadRequest("document is not well-formed")

    meta = extract_front_matter(tree)
    manuscript = Manuscript.objects.create(
        journal_slug=journal_slug,
        submitted_by=request.user,
        title=meta.get("title", "")[:500],
        authors=", ".join(meta.get("authors", [])),
        abstract=meta.get("abstract", ""),
    )
    return JsonResponse({"id": manuscript.pk, **meta}, status=201)
