# Test cases for rules/ssrf.yaml (semgrep --test).
import urllib.request
from urllib.parse import urljoin, urlparse

import httpx
import requests
import urllib3
from fastapi import FastAPI, Request
from flask import Flask, abort, request, session

app = Flask(__name__)
api = FastAPI()

API_BASE = "https://api.example.com/v1/"
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}
WEBHOOKS = {"slack": "https://hooks.slack.com/services/T000/B000/XXX"}


@app.route("/fetch")
def fetch():
    url = request.args.get("url")
    # ruleid: python-ssrf
    return requests.get(url, timeout=5).text


@app.route("/preview", methods=["POST"])
def preview():
    target = request.form["target"]
    # ruleid: python-ssrf
    with urllib.request.urlopen(target, timeout=5) as resp:  # noqa: S310
        return resp.read()


@app.route("/proxy")
def proxy():
    host = request.headers.get("X-Backend")
    # ruleid: python-ssrf
    return httpx.get(f"http://{host}/status").text


@app.route("/hook", methods=["POST"])
def hook():
    payload = request.get_json()
    with requests.Session() as session:
        # ruleid: python-ssrf
        session.post(payload["callback"], json={"ok": True}, timeout=5)
    return "sent"


@app.route("/pool")
def pool():
    http = urllib3.PoolManager()
    # ruleid: python-ssrf
    r = http.request("GET", request.args["u"])
    return r.data


@app.route("/join")
def joined():
    # urljoin() with an absolute URL returns that URL: the base does not protect
    # ruleid: python-ssrf
    return requests.get(urljoin(API_BASE, request.args["path"]), timeout=5).text


@app.route("/check-not-enforced")
def check_not_enforced():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        app.logger.warning("unexpected host in %s", url)
    # ruleid: python-ssrf
    return requests.get(url, timeout=5).content


def django_view(request):
    avatar_url = request.POST.get("avatar_url")
    # ruleid: python-ssrf
    return requests.request("GET", avatar_url, timeout=5).content


@api.get("/mirror")
async def mirror(request: Request):
    async with httpx.AsyncClient() as client:
        # ruleid: python-ssrf
        r = await client.get(request.query_params["src"])
    return r.text


# ---- safe variants -------------------------------------------------------


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # ok: python-ssrf
    return requests.get(API_BASE + "search", params={"q": q}, timeout=5).json()


@app.route("/user")
def user():
    uid = request.args.get("id", "")
    # ok: python-ssrf
    return requests.get(f"https://api.example.com/users/{uid}", timeout=5).json()


@app.route("/image")
def image():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    # ok: python-ssrf
    return requests.get(url, timeout=5).content


@app.route("/image-parsed")
def image_parsed():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme == "https" and parsed.hostname in ALLOWED_HOSTS:
        # ok: python-ssrf
        return httpx.get(url).content
    abort(400)


@app.route("/notify", methods=["POST"])
def notify():
    channel = request.form.get("channel", "slack")
    # ok: python-ssrf
    requests.post(WEBHOOKS.get(channel), json={"text": "hi"}, timeout=5)
    return "ok"


@app.route("/prefix")
def prefix_checked():
    url = request.args["url"]
    if not url.startswith("https://cdn.example.com/"):
        abort(400)
    # ok: python-ssrf
    return requests.get(url, timeout=5).content


@app.route("/constant")
def constant():
    url = request.args.get("url")
    url = "https://status.example.com/health"
    # ok: python-ssrf
    return requests.get(url, timeout=5).text


@app.route("/dead")
def dead():
    url = request.args.get("url")
    if False:
        # ok: python-ssrf
        requests.get(url, timeout=5)
    return "ok"


@app.route("/cache")
def cache_lookup():
    key = request.args.get("key")
    # ok: python-ssrf
    return str(app.extensions["cache"].get(key))


@app.route("/size")
def size():
    url = request.args["url"]
    # ruleid: python-ssrf
    return str(len(requests.get(url, timeout=5).content))


@app.route("/session-value")
def session_value():
    # ok: python-ssrf
    return str(session.get(request.args.get("key", "cart")))


# ---- rule pack v2: helpers, client objects, queues, precision ------------

import json  # noqa: E402

import httpx  # noqa: E402
from urllib.parse import quote, urlsplit  # noqa: E402


class StatusClient:
    def __init__(self):
        self.session = requests.Session()

    def probe(self, address):
        return self.session.get(f"http://{address}/health", timeout=3).status_code


probe_client = StatusClient()


@app.route("/probe")
def probe():
    # ruleid: python-ssrf
    return str(probe_client.probe(request.args["host"]))


async def fetch_json(url):
    async with httpx.AsyncClient(timeout=5) as client:
        response = await client.get(url)
        return response.json()


@api.get("/preview")
async def preview(target: str):
    # ruleid: python-ssrf
    return await fetch_json(target)


def deliver(job):
    return requests.post(job["callback"], json={"done": True}, timeout=10)


def worker(redis_client):
    raw = redis_client.brpop("jobs")
    # ruleid: python-ssrf
    return deliver(json.loads(raw[1]))


def user_profile(name):
    # A fixed host: the value only chooses a path segment, percent-encoded.
    return requests.get("https://api.example.com/users/" + quote(name, safe=""), timeout=5)


@app.route("/profile")
def profile():
    # ok: python-ssrf
    return user_profile(request.args["name"]).text


def allowed_image(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS


@app.route("/image")
def image():
    url = request.args["url"]
    if not allowed_image(url):
        abort(400)
    # ok: python-ssrf
    return requests.get(url, timeout=5).content
