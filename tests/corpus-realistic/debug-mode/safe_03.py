# corpus: cwe=489 label=safe
"""Production settings for the events platform."""
import os

from .base import BASE_DIR, INSTALLED_APPS, MIDDLEWARE, TEMPLATES

SECRET_KEY = os.environ["EVENTS_SECRET_KEY"]

DEBUG = False
TEMPLATE_DEBUG = False
DEBUG_PROPAGATE_EXCEPTIONS = False

ALLOWED_HOSTS = ["events.example.org", "www.events.example.org"]
ADMINS = [("Ops", "ops@events.example.org")]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("EVENTS_DB_NAME", "events"),
        "USER": os.environ.get("EVENTS_DB_USER", "events"),
        "PASSWORD": os.environ.get("EVENTS_DB_PASSWORD", ""),
        "HOST": os.environ.get("EVENTS_DB_HOST", "db.internal"),
    }
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STATIC_ROOT = BASE_DIR / "static_collected"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR"},
    },
    "loggers": {
        "django": {"handlers": ["console", "mail_admins"], "level": "WARNING"},
        "events": {"handlers": ["console"], "level": "INFO"},
    },
}
