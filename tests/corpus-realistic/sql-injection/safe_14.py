# corpus: cwe=89 label=safe
from django.contrib.auth.decorators import permission_required
from django.db import connection, transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST


def _tag_list(raw):
    return [t.strip() for t in raw.split(",") if t.strip()]


def archive_documents_by_tags(tags, archived_by):
    placeholders = ", ".join(["%s"] * len(tags))
    parts = [
        "UPDATE docs_document SET archived = TRUE, archived_by = %s ",
        "WHERE id IN (SELECT document_id FROM docs_document_tags dt ",
        "JOIN docs_tag t ON t.id = dt.tag_id WHERE t.name IN (",
        placeholders,
        "))",
    ]
    with connection.cursor() as cursor:
        cursor.execute("".join(parts), [archived_by, *tags])
        return cursor.rowcount


@require_POST
@permission_required("docs.change_document", raise_exception=True)
def bulk_archive(request):
    tags = _tag_list(request.POST.get("tags", ""))
    if not tags:
        return HttpResponseBadRequest("no tags given")
    if len(tags) > 50:
        return HttpResponseBadRequest("too many tags")
    with transaction.atomic():
        count = archive_documents_by_tags(tags, request.user.pk)
    return JsonResponse({"archived": count, "tags": tags})
