# corpus: cwe=918 label=safe
"""Import blog posts from one of the curated partner feeds."""
import feedparser
import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import ImportedPost

FEED_TIMEOUT = 10
ENABLE_CUSTOM_FEEDS = False

CURATED_FEEDS = {
    "engineering": "https://engineering.example.com/feed.xml",
    "product": "https://www.example.com/product/rss",
    "status": "https://status.example.com/history.rss",
}


def download_feed(feed_url):
    response = requests.get(feed_url, timeout=FEED_TIMEOUT)
    response.raise_for_status()
    return response.text


def parse_items(feed_text, limit=20):
    parsed = feedparser.parse(feed_text)
    return [
        {"title": e.get("title", "").strip(), "link": e.get("link", "").strip()}
        for e in parsed.entries[:limit]
    ]


@login_required
@require_POST
def import_feed(request):
    if ENABLE_CUSTOM_FEEDS and request.POST.get("feed_url"):
        feed_url = request.POST["feed_url"].strip()
    else:
        feed_url = CURATED_FEEDS.get(request.POST.get("feed", ""))
    if feed_url is None:
        return JsonResponse({"error": "unknown feed"}, status=400)
    try:
        items = parse_items(download_feed(feed_url))
    except requests.RequestException:
        return JsonResponse({"error": "could not import feed"}, status=502)
    created = 0
    for item in items:
        _, was_created = ImportedPost.objects.get_or_create(
            owner=request.user, link=item["link"], defaults={"title": item["title"]}
        )
        created += int(was_created)
    return JsonResponse({"imported": created})
