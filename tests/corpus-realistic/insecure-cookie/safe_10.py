# corpus: cwe=614 label=safe
"""Login view with a persistent remember-me cookie."""
from django.conf import settings
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.views.generic import FormView

from .forms import LoginForm

REMEMBER_COOKIE = "remember_user"
REMEMBER_SALT = "accounts.remember"


class LoginView(FormView):
    template_name = "accounts/login.html"
    form_class = LoginForm
    remember_max_age = 60 * 60 * 24 * 30

    def get_initial(self):
        initial = super().get_initial()
        remembered = self.request.get_signed_cookie(
            REMEMBER_COOKIE, default=None, salt=REMEMBER_SALT, max_age=self.remember_max_age
        )
        if remembered:
            initial["username"] = remembered
        return initial

    def form_valid(self, form):
        user = authenticate(
            self.request,
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password"],
        )
        if user is None:
            form.add_error(None, "Unknown username or password.")
            return render(self.request, self.template_name, {"form": form}, status=401)

        login(self.request, user)
        response = redirect(settings.LOGIN_REDIRECT_URL)
        if form.cleaned_data.get("remember_me"):
            response.set_signed_cookie(
                REMEMBER_COOKIE,
                user.get_username(),
                salt=REMEMBER_SALT,
                max_age=self.remember_max_age,
                secure=True,
                httponly=True,
                samesite="Strict",
            )
        else:
            response.delete_cookie(REMEMBER_COOKIE)
        return response
