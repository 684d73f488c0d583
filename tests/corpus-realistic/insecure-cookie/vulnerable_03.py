# corpus: cwe=614 label=vulnerable
"""Token-based login endpoint for the mobile web client."""
import json
import secrets

from django.contrib.auth import authenticate
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import ApiSession

TOKEN_COOKIE = "mw_auth"
TOKEN_LIFETIME_SECONDS = 60 * 60 * 24 * 14


def _parse_body(request):
    try:
        return json.loads(request.body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None


def _issue_token(user, user_agent):
    token = secrets.token_hex(24)
    ApiSession.objects.create(
        user=user,
        token=token,
        user_agent=user_agent[:255],
        created_at=timezone.now(),
    )
    return token


@require_POST
def mobile_login(request):
    body = _parse_body(request)
    if body is None:
        return HttpResponseBadRequest("malformed json")

    user = authenticate(
        request,
        username=body.get("username", ""),
        password=body.get("password", ""),
    )
    if user is None:
        return JsonResponse({"detail": "invalid login"}, status=401)

    token = _issue_token(user, request.META.get("HTTP_USER_AGENT", ""))
    response = JsonResponse({"id": user.pk, "name": user.get_full_name()})
    response.set_cookie(
        TOKEN_COOKIE,
        token,
        max_age=TOKEN_LIFETIME_SECONDS,
        httponly=True,
        samesite="Lax",
    )
    return response


def mobile_logout(request):
    token = request.COOKIES.get(TOKEN_COOKIE)
    if token:
        ApiSession.objects.filter(token=token).delete()
    response = JsonResponse({"ok": True})
    response.delete_cookie(TOKEN_COOKIE)
    return response
