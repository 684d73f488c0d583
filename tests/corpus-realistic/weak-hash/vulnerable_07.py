# corpus: cwe=328 label=vulnerable
import hashlib
import hmac
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

TOKEN_LIFETIME = 60 * 60 * 3


class ResetTokenGenerator:
    def __init__(self, secret=None, lifetime=TOKEN_LIFETIME):
        self.secret = secret or settings.SECRET_KEY
        self.lifetime = lifetime

    def _digest(self, user, ts):
        value = f"{user.pk}{user.password}{user.last_login}{ts}{self.secret}"
        return hashlib.sha1(value.encode()).hexdigest()[:30]

    def make_token(self, user):
        ts = int(time.time())
        return "%x-%s" % (ts, self._digest(user, ts))

    def check_token(self, user, token):
        try:
            ts_hex, digest = token.split("-", 1)
            ts = int(ts_hex, 16)
        except ValueError:
            return False
        if time.time() - ts > self.lifetime:
            return False
        return hmac.compare_digest(self._digest(user, ts), digest)


tokens = ResetTokenGenerator()


@require_POST
def request_reset(request):
    User = get_user_model()
    email = request.POST.get("email", "").strip()
    for user in User.objects.filter(email__iexact=email, is_active=True):
        path = reverse("password-reset-confirm", args=[user.pk, tokens.make_token(user)])
        send_mail(
            "Password reset",
            "Reset your password: " + request.build_absolute_uri(path),
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        )
    return JsonResponse({"sent": True})


@require_POST
def confirm_reset(request, user_id, token):
    User = get_user_model()
    user = User.objects.filter(pk=user_id).first()
    if user is None or not tokens.check_token(user, token):
        return HttpResponseBadRequest("invalid or expired link")
    new_password = request.POST.get("new_password", "")
    if len(new_password) < 10:
        return HttpResponseBadRequest("password too short")
    user.set_password(new_password)
    user.save()
    return JsonResponse({"reset": True})
