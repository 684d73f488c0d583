# corpus: cwe=601 label=vulnerable
"""Account settings form that returns to the originating page on save."""
from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect, render
from django.views import View


class NotificationSettingsForm(forms.Form):
    email_digest = forms.ChoiceField(choices=[("daily", "Daily"), ("weekly", "Weekly"), ("never", "Never")])
    mentions = forms.BooleanField(required=False)


class NotificationSettingsView(LoginRequiredMixin, View):
    template_name = "accounts/notifications.html"
    default_return = "accounts:settings"

    def get(self, request):
        prefs = request.user.preferences
        form = NotificationSettingsForm(initial={
            "email_digest": prefs.email_digest,
            "mentions": prefs.notify_mentions,
        })
        return render(request, self.template_name, {
            "form": form,
            "return_url": request.GET.get("return_url", ""),
        })

    def post(self, request):
        form = NotificationSettingsForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        prefs = request.user.preferences
        prefs.email_digest = form.cleaned_data["email_digest"]
        prefs.notify_mentions = form.cleaned_data["mentions"]
        prefs.save()
        messages.success(request, "Notification settings saved.")
        return_url = request.POST.get("return_url", "").strip()
        return redirect(return_url or self.default_return)
