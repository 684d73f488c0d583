# corpus: cwe=614 label=safe
# Django settings for the billing project.
DEBUG = False
ALLOWED_HOSTS = ["billing.example.com"]

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 1209600
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
