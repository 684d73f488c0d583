# corpus: cwe=489 label=safe
"""Settings for the research data portal (used for all deployments)."""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env(
    PORTAL_DEBUG=(bool, False),
    PORTAL_ALLOWED_HOSTS=(list, ["data.example.edu"]),
)
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("PORTAL_SECRET_KEY")
DEBUG = env("PORTAL_DEBUG")
ALLOWED_HOSTS = env("PORTAL_ALLOWED_HOSTS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "datasets",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

DATABASES = {"default": env.db("PORTAL_DATABASE_URL", default="postgres:///portal")}

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "PAGE_SIZE": 50,
}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
