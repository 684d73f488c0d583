# corpus: cwe=338 label=vulnerable
import random
from datetime import timedelta

from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import WebSession

SESSION_COOKIE = "portal_sid"
SESSION_LIFETIME = timedelta(hours=12)


class SessionStore:
    """Small wrapper around the WebSession table."""

    def __init__(self, lifetime=SESSION_LIFETIME):
        self.lifetime = lifetime

    def new_session_id(self):
        bits = random.getrandbits(128)
        return "%032x" % bits

    def open(self, user, remote_addr):
        sid = self.new_session_id()
        WebSession.objects.create(
            session_id=sid,
            user=user,
            remote_addr=remote_addr,
            expires_at=timezone.now() + self.lifetime,
        )
        return sid

    def close(self, sid):
        WebSession.objects.filter(session_id=sid).delete()


store = SessionStore()


@require_POST
def login_view(request):
    username = request.POST.get("username", "").strip()
    password = request.POST.get("password", "")
    user = authenticate(request, username=username, password=password)
    if user is None:
        return JsonResponse({"ok": False}, status=401)

    sid = store.open(user, request.META.get("REMOTE_ADDR", ""))
    response = JsonResponse({"ok": True, "user": user.get_username()})
    response.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        httponly=True,
        secure=True,
        samesite="Lax",
    )
    return response


@require_POST
def logout_view(request):
    sid = request.COOKIES.get(SESSION_COOKIE)
    if sid:
        store.close(sid)
    response = JsonResponse({"ok": True})
    response.delete_cookie(SESSION_COOKIE)
    return response
