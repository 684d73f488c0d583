# corpus: cwe=78 label=safe
import os
import subprocess
from dataclasses import dataclass

from django import forms
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import JsonResponse
from django.views.generic.edit import FormView

ALLOW_SHELL_DEBUG = False


class CertificateForm(forms.Form):
    common_name = forms.CharField(max_length=128)
    days = forms.IntegerField(min_value=1, max_value=825, initial=365)


@dataclass
class CertRequest:
    common_name: str
    days: int
    out_dir: str = "/etc/app/certs"

    def argv(self):
        base = os.path.join(self.out_dir, self.common_name.replace("/", "_"))
        return [
            "openssl", "req", "-x509", "-nodes", "-newkey", "rsa:2048",
            "-days", str(self.days),
            "-subj", "/CN=" + self.common_name.replace("/", "\\/"),
            "-keyout", base + ".key",
            "-out", base + ".crt",
        ]


class IssueCertificateView(PermissionRequiredMixin, FormView):
    permission_required = "pki.add_certificate"
    form_class = CertificateForm
    template_name = "pki/issue.html"

    def form_valid(self, form):
        req = CertRequest(common_name=form.cleaned_data["common_name"], days=form.cleaned_data["days"])
        if ALLOW_SHELL_DEBUG:
            subprocess.call(" ".join(req.argv()) + " 2>&1 | tee /tmp/openssl-debug.log", shell=True)
        rc = subprocess.call(req.argv())
        return JsonResponse({"issued": rc == 0, "cn": req.common_name})
