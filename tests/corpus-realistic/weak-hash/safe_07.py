# corpus: cwe=328 label=safe
"""Cached search results for the knowledge base."""
import hashlib
import json

from django.core.cache import cache
from django.db.models import Q
from django.http import JsonResponse
from django.views.generic import ListView

from .models import Article

CACHE_SECONDS = 120


def search_cache_key(query, page, lang):
    raw = "|".join([query.strip().lower(), str(page), lang])
    digest = hashlib.sha1(raw.encode("utf-8"), usedforsecurity=False).hexdigest()
    return "kb-search:" + digest


class ArticleSearchView(ListView):
    model = Article
    paginate_by = 20

    def get_queryset(self):
        q = self.request.GET.get("q", "").strip()
        qs = Article.objects.filter(published=True)
        if q:
            qs = qs.filter(Q(title__icontains=q) | Q(body__icontains=q))
        return qs.order_by("-updated_at")

    def render_to_response(self, context, **kwargs):
        page = context["page_obj"]
        return JsonResponse(
            {
                "results": [{"id": a.pk, "title": a.title} for a in page.object_list],
                "page": page.number,
                "pages": page.paginator.num_pages,
            }
        )

    def get(self, request, *args, **kwargs):
        key = search_cache_key(
            request.GET.get("q", ""),
            request.GET.get("page", "1"),
            getattr(request, "LANGUAGE_CODE", "en"),
        )
        cached = cache.get(key)
        if cached is not None:
            return JsonResponse(cached)
        response = super().get(request, *args, **kwargs)
        cache.set(key, json.loads(response.content), CACHE_SECONDS)
        return response
