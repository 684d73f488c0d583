# corpus: cwe=918 label=vulnerable
"""Import blog posts from an external RSS feed."""
import feedparser
import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import ImportedPost

FEED_TIMEOUT = 10


def download_feed(feed_url):
    response = requests.get(feed_url, timeout=FEED_TIMEOUT, headers={"Accept": "application/rss+xml"})
    response.raise_for_status()
    return response.text


def parse_items(feed_text, limit=20):
    parsed = feedparser.parse(feed_text)
    if parsed.bozo and not parsed.entries:
        raise ValueError("not a valid feed")
    return [
        {"title": entry.get("title", "").strip(), "link": entry.get("link", "").strip()}
        for entry in parsed.entries[:limit]
    ]


@login_required
@require_POST
def import_feed(request):
    feed_url = request.POST.get("feed_url", "").strip()
    if not feed_url:
        return JsonResponse({"error": "feed_url is required"}, status=400)
    try:
        items = parse_items(download_feed(feed_url))
    except (requests.RequestException, ValueError) as exc:
        return JsonResponse({"error": "could not import feed", "detail": type(exc).__name__}, status=502)
    created = 0
    for item in items:
        _, was_created = ImportedPost.objects.get_or_create(
            owner=request.user, link=item["link"], defaults={"title": item["title"]}
        )
        created += int(was_created)
    return JsonResponse({"imported": created})
