# corpus: cwe=614 label=vulnerable
"""Login view with a persistent remember-me cookie."""
from django.contrib import messages
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.views import View

from .forms import LoginForm

REMEMBER_COOKIE = "remember_user"
REMEMBER_SALT = "accounts.remember"
REMEMBER_MAX_AGE = 60 * 60 * 24 * 60


class LoginView(View):
    template_name = "accounts/login.html"
    success_url = "dashboard"

    def get(self, request):
        initial = {}
        remembered = request.get_signed_cookie(
            REMEMBER_COOKIE, default=None, salt=REMEMBER_SALT, max_age=REMEMBER_MAX_AGE
        )
        if remembered:
            initial["username"] = remembered
        return render(request, self.template_name, {"form": LoginForm(initial=initial)})

    def post(self, request):
        form = LoginForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)

        user = authenticate(
            request,
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password"],
        )
        if user is None:
            messages.error(request, "Unknown username or password.")
            return render(request, self.template_name, {"form": form}, status=401)

        login(request, user)
        response = redirect(self.success_url)
        if form.cleaned_data.get("remember_me"):
            self.remember(response, user)
        return response

    @staticmethod
    def remember(response, user):
        response.set_signed_cookie(
            REMEMBER_COOKIE,
            user.get_username(),
            salt=REMEMBER_SALT,
            max_age=REMEMBER_MAX_AGE,
        )
