# Test cases for rules/xss.yaml (semgrep --test).
import html

import bleach
import requests
from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from flask import Flask, Response, make_response, render_template, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)

THEMES = {"dark": "#000", "light": "#fff"}


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: python-xss
    return f"<h1>Hello {name}!</h1>"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # ruleid: python-xss
    return "<p>No results for " + q + "</p>", 404


@app.route("/greet/<name>")
def greet(name):
    # ruleid: python-xss
    return make_response("<b>Hi %s</b>" % name)


@app.route("/comment", methods=["POST"])
def comment():
    body = request.form["body"]
    # ruleid: python-xss
    return render_template("comment.html", body=Markup(body))


@app.route("/page")
def page():
    title = request.args.get("title", "")
    # ruleid: python-xss
    return render_template_string("<title>" + title + "</title>{{ content }}", content="x")


@app.route("/raw", methods=["POST"])
def raw():
    # ruleid: python-xss
    return Response(request.get_data(as_text=True), mimetype="text/html")


def django_view(request):
    user = request.GET.get("user", "")
    # ruleid: python-xss
    return HttpResponse("<div>Welcome, {}</div>".format(user))


def django_safe_string(request):
    bio = request.POST["bio"]
    # ruleid: python-xss, python-html-marked-safe-from-variable
    return HttpResponse(mark_safe("<p>" + bio + "</p>"))


# ---- safe variants -------------------------------------------------------


@app.route("/hello-escaped")
def hello_escaped():
    name = request.args.get("name", "world")
    # ok: python-xss
    return f"<h1>Hello {escape(name)}!</h1>"


@app.route("/search-template")
def search_template():
    # ok: python-xss
    return render_template("search.html", q=request.args.get("q", ""))


@app.route("/markup-format")
def markup_format():
    name = request.args.get("name", "")
    # ok: python-xss
    return Markup("<b>{}</b>").format(name)


@app.route("/html-escape")
def html_escape():
    msg = html.escape(request.args.get("msg", ""))
    # ok: python-xss
    return make_response("<p>" + msg + "</p>")


@app.route("/bleach", methods=["POST"])
def cleaned():
    body = bleach.clean(request.form["body"], tags=["b", "i", "a"])
    # ok: python-xss
    return render_template("comment.html", body=Markup(body))


@app.route("/string-template")
def string_template():
    # ok: python-xss
    return render_template_string("<p>{{ name }}</p>", name=request.args.get("name"))


@app.route("/plain")
def plain():
    # ok: python-xss
    return Response(request.args.get("text", ""), mimetype="text/plain")


@app.route("/json")
def as_json():
    # ok: python-xss
    return {"echo": request.args.get("q")}


@app.route("/theme")
def theme():
    color = THEMES.get(request.cookies.get("theme"), "#fff")
    # ok: python-xss
    return "<style>body{background:" + color + "}</style>"


@app.route("/allow")
def allow():
    lang = request.args.get("lang", "en")
    if lang not in ("en", "de", "fr"):
        lang = "en"
    # ok: python-xss
    return "<html lang='" + lang + "'></html>"


@app.route("/overwrite")
def overwrite():
    name = request.args.get("name")
    name = "guest"
    # ok: python-xss
    return "<b>" + name + "</b>"


@app.route("/dead")
def dead():
    name = request.args.get("name")
    if False:
        # ok: python-xss
        return "<b>" + name + "</b>"
    return "ok"


def django_format_html(request):
    user = request.GET.get("user", "")
    # ok: python-xss
    return HttpResponse(format_html("<div>Welcome, {}</div>", user))


def django_text(request):
    # ok: python-xss
    return HttpResponse(request.GET.get("q", ""), content_type="text/plain; charset=utf-8")


@app.route("/built-response")
def built_response():
    text = request.args.get("text", "")
    resp = make_response(text)
    resp.mimetype = "text/plain"
    # ok: python-xss
    return resp


@app.route("/built-response-html")
def built_response_html():
    text = request.args.get("text", "")
    # ruleid: python-xss
    resp = make_response("<pre>" + text + "</pre>")
    # ok: python-xss
    return resp


@app.errorhandler(404)
def not_found(error):
    # ruleid: python-xss
    return "<h1>No page at %s</h1>" % request.path, 404


def django_context(request):
    note = request.POST.get("note", "")
    # ruleid: python-xss, python-html-marked-safe-from-variable
    context = {"note": mark_safe("<i>" + note + "</i>")}
    return context


def login_required(view):
    return view


@app.route("/account")
@login_required
def account():
    # ruleid: python-xss
    return "<h2>" + request.args.get("tab", "") + "</h2>"


@app.route("/readme")
def readme():
    name = request.args.get("doc", "intro")
    # ok: python-xss
    return open("/srv/app/docs/" + name.replace("/", "") + ".html").read()


@app.route("/weather")
def weather_widget():
    city = request.args.get("city", "")
    data = requests.get("https://weather.example.com/api", params={"q": city}, timeout=3).json()
    # ok: python-xss
    return data


@app.route("/sorted")
def sorted_view():
    key = request.args.get("key", "name")
    rows = sorted([{"name": "a"}], key=lambda row: row.get(key, ""))
    # ok: python-xss
    return {"rows": rows}


# ---- rule pack v2: helpers, containers, templates, precision -------------

import jinja2  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.responses import HTMLResponse  # noqa: E402

api = FastAPI()
# ruleid: python-jinja2-autoescape-disabled
plain_env = jinja2.Environment(autoescape=False)
# ok: python-jinja2-autoescape-disabled
safe_env = jinja2.Environment(autoescape=jinja2.select_autoescape())


def badge(label):
    # format_html escapes its arguments, not a format string built beforehand.
    # ruleid: python-html-marked-safe-from-variable
    return format_html(f"<span class='badge'>{label}</span>")


def badge_safe(label):
    # ok: python-html-marked-safe-from-variable
    return format_html("<span class='badge'>{}</span>", label)


def rows_html(items):
    # ruleid: python-html-marked-safe-from-variable
    return Markup("".join(f"<li>{item}</li>" for item in items))


@app.route("/badge")
def badge_view():
    # ruleid: python-xss
    return HttpResponse(badge(request.args["label"]))


@api.get("/search", response_class=HTMLResponse)
def search(q: str):
    parts = {"query": q, "count": 0}
    # ruleid: python-xss
    return HTMLResponse("<p>Results for " + parts["query"] + "</p>")


@api.get("/search-safe", response_class=HTMLResponse)
def search_safe(q: str):
    # ok: python-xss
    return HTMLResponse("<p>Results for " + html.escape(q) + "</p>")


@app.route("/card")
def card():
    name = request.args["name"]
    # ruleid: python-xss
    html_out = plain_env.from_string("<b>{{ n }}</b>").render(n=name)
    return html_out


@app.route("/card-safe")
def card_safe():
    name = request.args["name"]
    rendered = safe_env.get_template("card.html").render(n=name)
    # ok: python-xss
    return rendered


@app.route("/values")
def values():
    fields = {key: request.args.get(key, "") for key in ("a", "b")}
    # ruleid: python-xss
    return make_response("<p>" + fields["a"] + "</p>")


@app.route("/length")
def length():
    # ok: python-xss
    return make_response("<p>%d characters</p>" % len(request.args["text"]))


# ---- http.server: a body sent as JSON is not rendered as HTML (scangate's own OSV server)
import json as _json  # noqa: E402
from http.server import BaseHTTPRequestHandler  # noqa: E402


class JsonApiHandler(BaseHTTPRequestHandler):
    def _reply(self, status, body):
        data = _json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        query = _json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        # ok: python-xss
        self._reply(200, {"echo": query["name"]})


class HtmlEchoHandler(BaseHTTPRequestHandler):
    def _page(self, status, text):
        data = ("<p>" + text + "</p>").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        name = self.path.split("?name=", 1)[-1]
        # ruleid: python-xss
        self._page(200, name)

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        # ok: python-xss
        self.wfile.write(body)
