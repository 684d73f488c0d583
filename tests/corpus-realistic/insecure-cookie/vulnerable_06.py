# corpus: cwe=614 label=vulnerable
"""Django settings for the storefront.

Values are layered: defaults here, then overrides from STOREFRONT_* variables.
"""
import os

_BOOL_TRUE = {"1", "true", "yes", "on"}


def env_flag(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in _BOOL_TRUE


SECRET_KEY = os.environ["STOREFRONT_SECRET_KEY"]
DEBUG = env_flag("STOREFRONT_DEBUG", False)
ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_flag("STOREFRONT_FORCE_HTTPS", True)

# The analytics widget reads the session id from JavaScript to correlate carts.
SESSION_COOKIE_HTTPONLY = False
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_SAVE_EVERY_REQUEST = True

CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

CART_SESSION_KEY = "cart"
CURRENCY_DEFAULT = os.environ.get("STOREFRONT_CURRENCY", "EUR")

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "shop.context_processors.cart",
            ],
        },
    }
]

PAYMENT_PROVIDERS = {
    "card": {"enabled": True, "timeout": 15},
    "invoice": {"enabled": env_flag("STOREFRONT_INVOICE", False), "timeout": 30},
}
