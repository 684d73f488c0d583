# corpus: cwe=501 label=safe
from django.contrib.auth import authenticate, login
from django.http import JsonResponse


def sign_in(request):
    user = authenticate(
        request, username=request.POST.get("username"), password=request.POST.get("password")
    )
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    login(request, user)
    request.session["display_name"] = user.get_full_name()
    return JsonResponse({"ok": True})
