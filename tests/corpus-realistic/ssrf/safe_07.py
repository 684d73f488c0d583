# corpus: cwe=918 label=safe
"""Set a profile picture from a URL on one of the supported photo services."""
from urllib.parse import urlsplit

import httpx
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.files.base import ContentFile
from django.http import JsonResponse
from django.views import View

MAX_AVATAR_BYTES = 1024 * 1024
PHOTO_HOSTS = frozenset({"images.unsplash.com", "live.staticflickr.com", "lh3.googleusercontent.com"})


class AvatarFetcher:
    def __init__(self, timeout=5.0):
        self.client = httpx.Client(timeout=timeout, follow_redirects=False)

    @staticmethod
    def allowed(url):
        parts = urlsplit(url)
        return parts.scheme == "https" and parts.hostname in PHOTO_HOSTS and not parts.username

    def fetch(self, url):
        if not self.allowed(url):
            raise ValueError("unsupported image host")
        response = self.client.get(url)
        response.raise_for_status()
        if len(response.content) > MAX_AVATAR_BYTES:
            raise ValueError("avatar too large")
        return response.content, response.headers.get("content-type", "")


class AvatarFromUrlView(LoginRequiredMixin, View):
    fetcher = AvatarFetcher()

    def post(self, request):
        source = request.POST.get("avatar_url", "").strip()
        try:
            data, content_type = self.fetcher.fetch(source)
        except (httpx.HTTPError, ValueError) as exc:
            return JsonResponse({"error": str(exc)}, status=400)
        if not content_type.startswith("image/"):
            return JsonResponse({"error": "not an image"}, status=400)
        profile = request.user.profile
        profile.avatar.save(f"avatar-{request.user.pk}.img", ContentFile(data), save=True)
        return JsonResponse({"avatar": profile.avatar.url})
