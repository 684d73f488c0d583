# corpus: cwe=614 label=safe
"""Settings for the staff intranet; cookie hardening can be tuned per deployment."""
import os

TRUE_VALUES = ("1", "true", "yes", "on")


def env_bool(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in TRUE_VALUES


def env_list(name, default=""):
    return [p.strip() for p in os.environ.get(name, default).split(",") if p.strip()]


SECRET_KEY = os.environ["INTRANET_SECRET_KEY"]
DEBUG = env_bool("INTRANET_DEBUG", False)
ALLOWED_HOSTS = env_list("INTRANET_HOSTS", "intranet.corp.example")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "directory",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

SESSION_COOKIE_SECURE = env_bool("INTRANET_SESSION_COOKIE_SECURE", True)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

CSRF_COOKIE_SECURE = env_bool("INTRANET_CSRF_COOKIE_SECURE", True)
CSRF_COOKIE_SAMESITE = "Strict"

SECURE_SSL_REDIRECT = env_bool("INTRANET_SSL_REDIRECT", True)
USE_TZ = True
TIME_ZONE = "Europe/London"
