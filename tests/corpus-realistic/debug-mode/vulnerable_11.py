# corpus: cwe=489 label=vulnerable
"""Settings for the research data portal (used for all deployments)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=None):
    value = os.environ.get(name)
    return value if value not in (None, "") else default


SECRET_KEY = env("PORTAL_SECRET_KEY")
DEBUG = env("PORTAL_DEBUG", "1") == "1"
ALLOWED_HOSTS = env("PORTAL_ALLOWED_HOSTS", "data.example.edu").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "datasets",
    "access_requests",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("PORTAL_DB", "portal"),
        "HOST": env("PORTAL_DB_HOST", "localhost"),
        "USER": env("PORTAL_DB_USER", "portal"),
        "PASSWORD": env("PORTAL_DB_PASSWORD", ""),
    }
}

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "PAGE_SIZE": 50,
}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
DATASET_STORAGE = Path(env("PORTAL_DATASETS", str(BASE_DIR / "datasets")))
