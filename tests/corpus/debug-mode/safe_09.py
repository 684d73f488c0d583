# corpus: cwe=489 label=safe
"""Django settings: DEBUG only in an explicitly named development environment."""
import os

ROOT_URLCONF = "portal.urls"
INSTALLED_APPS = ["django.contrib.auth", "portal"]
DEBUG = False

if os.environ.get("DJANGO_ENV") == "development":
    DEBUG = True
    INSTALLED_APPS += ["debug_toolbar"]
