# corpus: cwe=601 label=safe
"""Account settings form that returns to the originating page on save."""
from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


class NotificationSettingsForm(forms.Form):
    email_digest = forms.ChoiceField(choices=[("daily", "Daily"), ("weekly", "Weekly"), ("never", "Never")])
    mentions = forms.BooleanField(required=False)
    return_url = forms.CharField(required=False, widget=forms.HiddenInput)


class NotificationSettingsView(LoginRequiredMixin, View):
    template_name = "accounts/notifications.html"
    default_return = "accounts:settings"

    def get(self, request):
        prefs = request.user.preferences
        form = NotificationSettingsForm(initial={
            "email_digest": prefs.email_digest,
            "mentions": prefs.notify_mentions,
            "return_url": request.GET.get("return_url", ""),
        })
        return render(request, self.template_name, {"form": form})

    def get_success_url(self, candidate):
        if candidate and url_has_allowed_host_and_scheme(
            url=candidate,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return candidate
        return resolve_url(self.default_return)

    def post(self, request):
        form = NotificationSettingsForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        prefs = request.user.preferences
        prefs.email_digest = form.cleaned_data["email_digest"]
        prefs.notify_mentions = form.cleaned_data["mentions"]
        prefs.save()
        messages.success(request, "Notification settings saved.")
        return redirect(self.get_success_url(form.cleaned_data["return_url"].strip()))
