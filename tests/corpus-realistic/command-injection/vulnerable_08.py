# corpus: cwe=78 label=vulnerable
import subprocess
from dataclasses import dataclass

from django import forms
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import JsonResponse
from django.views.generic.edit import FormView


class CertificateForm(forms.Form):
    common_name = forms.CharField(max_length=128)
    days = forms.IntegerField(min_value=1, max_value=825, initial=365)
    organization = forms.CharField(max_length=128, required=False)


@dataclass
class CertRequest:
    common_name: str
    days: int
    organization: str = "Example Corp"
    out_dir: str = "/etc/app/certs"

    def subject(self):
        return "/CN={}/O={}".format(self.common_name, self.organization)

    def command(self):
        return (
            "openssl req -x509 -nodes -newkey rsa:2048 -days {days} "
            "-subj '{subject}' -keyout {out}/{cn}.key -out {out}/{cn}.crt"
        ).format(days=self.days, subject=self.subject(), out=self.out_dir, cn=self.common_name)


class IssueCertificateView(PermissionRequiredMixin, FormView):
    permission_required = "pki.add_certificate"
    form_class = CertificateForm
    template_name = "pki/issue.html"

    def form_valid(self, form):
        req = CertRequest(
            common_name=form.cleaned_data["common_name"],
            days=form.cleaned_data["days"],
            organization=form.cleaned_data["organization"] or "Example Corp",
        )
        rc = subprocess.call(req.command(), shell=True)
        return JsonResponse({"issued": rc == 0, "cn": req.common_name})
