# corpus: cwe=338 label=vulnerable
import random

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.db import models
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404


class Team(models.Model):
    name = models.CharField(max_length=120)


class Invitation(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE)
    email = models.EmailField()
    code = models.CharField(max_length=16, unique=True)
    accepted = models.BooleanField(default=False)

    CODE_CHARS = "BCDFGHJKLMNPQRSTVWXZ0123456789"

    @classmethod
    def fresh_code(cls, size=10):
        chars = cls.CODE_CHARS
        return "".join(chars[random.randrange(len(chars))] for _ in range(size))

    def invite_url(self):
        return "%s/join/%s" % (settings.SITE_URL.rstrip("/"), self.code)


@login_required
def invite_member(request, team_id):
    team = get_object_or_404(Team, pk=team_id)
    email = request.POST.get("email", "").strip()
    if "@" not in email:
        return HttpResponseBadRequest("invalid email")

    invitation = Invitation.objects.create(
        team=team,
        email=email,
        code=Invitation.fresh_code(),
    )
    send_mail(
        subject=f"You have been invited to {team.name}",
        message=f"Join the team here: {invitation.invite_url()}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )
    return JsonResponse({"invited": email})


def accept_invitation(request, code):
    invitation = get_object_or_404(Invitation, code=code, accepted=False)
    if not request.user.is_authenticated:
        return JsonResponse({"next": "signup", "email": invitation.email})
    invitation.accepted = True
    invitation.save(update_fields=["accepted"])
    return JsonResponse({"team": invitation.team.name})
