# corpus: cwe=338 label=vulnerable
import random

from django.contrib.auth.hashers import make_password
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.shortcuts import render
from django.views import View

from .models import BackupCode

GROUPS = 2
GROUP_LEN = 5
CODE_COUNT = 10


def _group(rng_choice, alphabet, size):
    return "".join(rng_choice(alphabet) for _ in range(size))


def generate_backup_codes(count=CODE_COUNT):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    codes = []
    for _ in range(count):
        groups = [_group(random.choice, alphabet, GROUP_LEN) for _ in range(GROUPS)]
        codes.append("-".join(groups))
    return codes


class BackupCodesView(LoginRequiredMixin, View):
    template_name = "security/backup_codes.html"

    def get(self, request):
        remaining = BackupCode.objects.filter(user=request.user, used=False).count()
        return render(request, self.template_name, {"remaining": remaining})

    def post(self, request):
        codes = generate_backup_codes()
        with transaction.atomic():
            BackupCode.objects.filter(user=request.user).delete()
            BackupCode.objects.bulk_create(
                [
                    BackupCode(user=request.user, code_hash=make_password(code))
                    for code in codes
                ]
            )
        return render(
            request,
            self.template_name,
            {"codes": codes, "remaining": len(codes), "just_generated": True},
        )
