# corpus: cwe=79 label=vulnerable
"""Dashboard greeting that remembers the user's preferred display name."""
from flask import Flask, make_response, request

app = Flask(__name__)

THEMES = {"light": "#ffffff", "dark": "#1e1e1e"}

PAGE_TEMPLATE = """<!doctype html>
<html>
<head><style>body { background: %(bg)s; }</style></head>
<body>
  <header>Welcome back, %(name)s!</header>
  <main>%(content)s</main>
</body>
</html>"""


def read_preferences(cookies):
    prefs = {
        "name": cookies.get("display_name", "friend"),
        "theme": cookies.get("theme", "light"),
    }
    if prefs["theme"] not in THEMES:
        prefs["theme"] = "light"
    return prefs


def build_page(prefs, content):
    return PAGE_TEMPLATE % {
        "bg": THEMES[prefs["theme"]],
        "name": prefs["name"],
        "content": content,
    }


@app.route("/dashboard")
def dashboard():
    prefs = read_preferences(request.cookies)
    html = build_page(prefs, "<p>You have no new notifications.</p>")
    resp = make_response(html)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp


@app.route("/preferences", methods=["POST"])
def save_preferences():
    resp = make_response("", 204)
    name = request.form.get("display_name", "").strip()
    theme = request.form.get("theme", "light")
    if name:
        resp.set_cookie("display_name", name, max_age=86400 * 365)
    resp.set_cookie("theme", theme, max_age=86400 * 365)
    return resp
