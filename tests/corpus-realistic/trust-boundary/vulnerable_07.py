# corpus: cwe=501 label=vulnerable
"""Account switcher for users who manage several billing accounts (Django CBV)."""
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.views.generic import FormView, TemplateView

from billing.forms import SwitchAccountForm
from billing.models import Account, Invoice


class ActiveAccountMixin:
    session_key = "active_account_id"

    def active_account(self):
        account_id = self.request.session.get(self.session_key)
        if account_id is None:
            return None
        return Account.objects.filter(pk=account_id).first()


class SwitchAccountView(LoginRequiredMixin, ActiveAccountMixin, FormView):
    form_class = SwitchAccountForm
    template_name = "billing/switch.html"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["accounts"] = Account.objects.filter(members=self.request.user)
        return kwargs

    def post(self, request, *args, **kwargs):
        chosen = request.POST.get("account_id", "").strip()
        if chosen:
            request.session[self.session_key] = chosen
        return redirect("billing:invoices")


class InvoiceListView(LoginRequiredMixin, ActiveAccountMixin, TemplateView):
    template_name = "billing/invoices.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        account = self.active_account()
        ctx["account"] = account
        ctx["invoices"] = Invoice.objects.filter(account=account).order_by("-issued_on") if account else []
        return ctx
