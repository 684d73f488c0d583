# corpus: cwe=614 label=vulnerable
# Django settings for the billing project.
DEBUG = False
ALLOWED_HOSTS = ["billing.example.com"]
SECRET_KEY = "read-from-env-in-real-life"

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 1209600
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = True
