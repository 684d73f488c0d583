# corpus: cwe=489 label=safe
"""Django settings for the inventory project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG", "false").lower() == "true"
ALLOWED_HOSTS = ["inventory.example.com"]
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "inventory"]
ROOT_URLCONF = "inventory.urls"
