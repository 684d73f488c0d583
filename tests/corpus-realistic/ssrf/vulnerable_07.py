# corpus: cwe=918 label=vulnerable
"""Set a profile picture from a URL instead of uploading a file."""
import httpx
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.files.base import ContentFile
from django.http import JsonResponse
from django.views import View

MAX_AVATAR_BYTES = 1024 * 1024


class AvatarFetcher:
    def __init__(self, timeout=5.0):
        self.client = httpx.Client(timeout=timeout, follow_redirects=True)

    def fetch(self, url):
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
