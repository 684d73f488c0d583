# corpus: cwe=489 label=vulnerable
"""Production settings for the events platform."""
import os

from .base import BASE_DIR, INSTALLED_APPS, MIDDLEWARE, TEMPLATES

SECRET_KEY = os.environ["EVENTS_SECRET_KEY"]

DEBUG = True

ALLOWED_HOSTS = ["events.example.org", "www.events.example.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("EVENTS_DB_NAME", "events"),
        "USER": os.environ.get("EVENTS_DB_USER", "events"),
        "PASSWORD": os.environ.get("EVENTS_DB_PASSWORD", ""),
        "HOST": os.environ.get("EVENTS_DB_HOST", "db.internal"),
        "CONN_MAX_AGE": 120,
    }
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EVENTS_SMTP_HOST", "smtp.example.org")
DEFAULT_FROM_EMAIL = "Events <noreply@events.example.org>"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["console"], "level": "WARNING"}},
}
