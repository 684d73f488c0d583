# corpus: cwe=614 label=safe
from django.contrib.auth import authenticate, login
from django.http import JsonResponse


def sign_in(request):
    user = authenticate(
        request, username=request.POST["username"], password=request.POST["password"]
    )
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    login(request, user)
    response = JsonResponse({"ok": True})
    response.set_signed_cookie(
        "last_user", user.username, salt="login", secure=True, httponly=True, samesite="Lax"
    )
    return response
