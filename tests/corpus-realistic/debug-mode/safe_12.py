# corpus: cwe=489 label=safe
"""Django settings for the helpdesk, production profile."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["HELPDESK_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["help.example.com"]

# Debug toolbar is only installed in the developer requirements file.
DEBUG_TOOLBAR_ENABLED = False
INTERNAL_IPS = []

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "tickets",
]

LOG_DIR = Path(os.environ.get("HELPDESK_LOG_DIR", BASE_DIR / "logs"))
VERBOSE_SQL = os.environ.get("HELPDESK_VERBOSE_SQL") == "1"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {"format": "{asctime} {levelname} {name} {message}", "style": "{"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "verbose", "level": "DEBUG"},
        "file": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": str(LOG_DIR / "helpdesk.log"),
            "maxBytes": 10 * 1024 * 1024,
            "backupCount": 5,
            "level": "DEBUG",
        },
    },
    "loggers": {
        "tickets": {"handlers": ["console", "file"], "level": "DEBUG"},
        "django.db.backends": {"handlers": ["file"], "level": "DEBUG" if VERBOSE_SQL else "WARNING"},
    },
}
