# corpus: cwe=501 label=safe
"""Account switcher for users who manage several billing accounts (Django CBV)."""
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import redirect
from django.views.generic import TemplateView, View

from billing.models import Account, Invoice


class ActiveAccountMixin:
    session_key = "active_account_id"

    def active_account(self):
        account_id = self.request.session.get(self.session_key)
        if account_id is None:
            return None
        return Account.objects.filter(pk=account_id, members=self.request.user).first()


class SwitchAccountView(LoginRequiredMixin, ActiveAccountMixin, View):
    def post(self, request, *args, **kwargs):
        try:
            account = Account.objects.get(pk=request.POST.get("account_id"), members=request.user)
        except (Account.DoesNotExist, ValueError):
            raise Http404("no such account")
        request.session[self.session_key] = account.pk
        request.session["active_account_name"] = account.name
        return redirect("billing:invoices")


class InvoiceListView(LoginRequiredMixin, ActiveAccountMixin, TemplateView):
    template_name = "billing/invoices.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        account = self.active_account()
        ctx["account"] = account
        ctx["accounts"] = Account.objects.filter(members=self.request.user)
        ctx["invoices"] = Invoice.objects.filter(account=account).order_by("-issued_on") if account else []
        return ctx
