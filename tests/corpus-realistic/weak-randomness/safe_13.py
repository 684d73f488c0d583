# corpus: cwe=338 label=safe
import random

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.db import models
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.crypto import get_random_string

GREETINGS = [
    "Welcome aboard!",
    "Great to have you with us.",
    "Your team is waiting for you.",
]


class Workspace(models.Model):
    name = models.CharField(max_length=120)


class Invite(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE)
    email = models.EmailField()
    code = models.CharField(max_length=32, unique=True)

    @staticmethod
    def new_code():
        return get_random_string(24, allowed_chars="abcdefghjkmnpqrstuvwxyz23456789")


@login_required
def invite(request, workspace_id):
    workspace = get_object_or_404(Workspace, pk=workspace_id)
    email = request.POST.get("email", "").strip().lower()
    if "@" not in email:
        return HttpResponseBadRequest("invalid email")
    inv = Invite.objects.create(workspace=workspace, email=email, code=Invite.new_code())
    greeting = random.choice(GREETINGS)
    send_mail(
        "Invitation to %s" % workspace.name,
        "%s\n\nAccept here: %s/invites/%s" % (greeting, settings.SITE_URL, inv.code),
        settings.DEFAULT_FROM_EMAIL,
        [email],
    )
    return JsonResponse({"invited": email})
