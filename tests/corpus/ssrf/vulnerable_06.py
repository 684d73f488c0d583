# corpus: cwe=918 label=vulnerable
import requests
from django.http import JsonResponse


def import_avatar(request):
    profile = request.POST
    picture = profile.get("picture_url", "")
    if not picture:
        return JsonResponse({"error": "missing"}, status=400)
    data = requests.get(picture, timeout=5, stream=True).raw.read(1024 * 1024)
    return JsonResponse({"bytes": len(data)})
