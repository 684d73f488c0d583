# corpus: cwe=1004 label=vulnerable
# Django settings for the intranet portal.
DEBUG = False
ALLOWED_HOSTS = ["intranet.example.com"]

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = False
SESSION_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_SECURE = True
