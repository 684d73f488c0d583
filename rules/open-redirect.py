# Test cases for rules/open-redirect.yaml (semgrep --test).
from urllib.parse import urlparse

from django.http import HttpResponseRedirect
from django.shortcuts import redirect as django_redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from flask import Flask, abort, make_response, redirect, request, url_for

app = Flask(__name__)
api = FastAPI()

ALLOWED_HOSTS = {"example.com", "www.example.com"}
DESTINATIONS = {"home": "/", "account": "/account"}


@app.route("/login-done")
def login_done():
    next_url = request.args.get("next", "/")
    # ruleid: python-open-redirect
    return redirect(next_url)


@app.route("/out", methods=["POST"])
def outbound():
    target = request.form["url"]
    # ruleid: python-open-redirect
    return redirect("https://" + target)


@app.route("/legacy")
def legacy():
    resp = make_response("", 302)
    # ruleid: python-open-redirect
    resp.headers["Location"] = request.headers.get("X-Return-To")
    return resp


@app.route("/go/<path:dest>")
def go(dest):
    # ruleid: python-open-redirect
    return redirect(dest)


@app.route("/check-not-enforced")
def check_not_enforced():
    url = request.args.get("url", "/")
    if urlparse(url).netloc not in ALLOWED_HOSTS:
        app.logger.warning("redirect to foreign host %s", url)
    # ruleid: python-open-redirect
    return redirect(url)


def django_logout(request):
    back = request.GET.get("back", "/")
    # ruleid: python-open-redirect
    return HttpResponseRedirect(back)


def django_continue(request):
    # ruleid: python-open-redirect
    return django_redirect(request.POST["continue"])


@api.get("/sso/callback")
async def sso_callback(request: Request):
    # ruleid: python-open-redirect
    return RedirectResponse(request.query_params["state"])


# ---- safe variants -------------------------------------------------------


@app.route("/profile-redirect")
def profile_redirect():
    user = request.args.get("user", "me")
    # ok: python-open-redirect
    return redirect(url_for("profile", name=user))


def django_login_done(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("dashboard")
    # ok: python-open-redirect
    return django_redirect(next_url)


@app.route("/netloc")
def netloc_checked():
    target = request.args.get("to", "/")
    parsed = urlparse(target)
    if parsed.netloc and parsed.netloc not in ALLOWED_HOSTS:
        abort(400)
    # ok: python-open-redirect
    return redirect(target)


@app.route("/netloc-inline")
def netloc_inline():
    target = request.args.get("to", "/")
    if urlparse(target).hostname in ALLOWED_HOSTS:
        # ok: python-open-redirect
        return redirect(target)
    return redirect("/")


@app.route("/local-only")
def local_only():
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith(("//", "/\\")):
        target = "/"
    # ok: python-open-redirect
    return redirect(target)


@app.route("/named")
def named_destination():
    # ok: python-open-redirect
    return redirect(DESTINATIONS.get(request.args.get("d"), "/"))


@app.route("/allow-list")
def allow_list():
    dest = request.args.get("dest")
    if dest not in ("/", "/help", "/pricing"):
        return redirect("/")
    # ok: python-open-redirect
    return redirect(dest)


@app.route("/overwritten")
def overwritten():
    dest = request.args.get("dest")
    dest = "/welcome"
    # ok: python-open-redirect
    return redirect(dest)


@app.route("/dead")
def dead():
    dest = request.args.get("dest")
    if False:
        # ok: python-open-redirect
        return redirect(dest)
    return redirect("/")


@app.route("/unused")
def unused():
    dest = request.args.get("dest")
    app.logger.info("dest was %s", dest)
    # ok: python-open-redirect
    return redirect(url_for("index"))


@app.route("/order-jump")
def order_jump():
    order_id = request.args.get("id", "")
    # ok: python-open-redirect
    return redirect("/orders/" + order_id)


@app.route("/user-jump")
def user_jump():
    # ok: python-open-redirect
    return redirect(f"/users/{request.args.get('u', '')}/profile")


@app.route("/root-jump")
def root_jump():
    # "/" + "/evil.example" is the protocol-relative URL //evil.example
    # ruleid: python-open-redirect
    return redirect("/" + request.args.get("to", ""))


# ---- rule pack v2: helpers, headers, precision ---------------------------

from starlette.responses import Response  # noqa: E402


def finish(target):
    return redirect(target, code=303)


@app.route("/finish")
def finish_view():
    # ruleid: python-open-redirect
    return finish(request.args["next"])


@api.get("/moved")
def moved(to: str):
    # ruleid: python-open-redirect
    return Response(status_code=307, headers={"Location": to})


def local_or_home(value):
    if not value.startswith("/") or value.startswith("//"):
        return "/"
    return value


@app.route("/back-helper")
def back_helper():
    # ok: python-open-redirect
    return redirect(local_or_home(request.args.get("next", "/")))
