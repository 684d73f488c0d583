# corpus: cwe=501 label=vulnerable
"""Pricing page / checkout entry for the SaaS billing flow (Flask)."""
from flask import Flask, redirect, render_template, request, session, url_for

from .billing import create_checkout, plan_features

app = Flask(__name__)
app.config.from_object("config.Production")

PLANS = ("free", "team", "business", "enterprise")


def remember(key, value, store=None):
    store = session if store is None else store
    store[key] = value
    return value


def selected_plan():
    return session.get("plan", "free")


@app.route("/pricing")
def pricing():
    chosen = request.args.get("plan")
    if chosen:
        remember("plan", chosen.strip().lower())
        return redirect(url_for("signup"))
    return render_template("pricing.html", plans=PLANS)


@app.route("/signup", methods=["GET", "POST"])
def signup():
    plan = selected_plan()
    if request.method == "POST":
        account_id = create_checkout(email=request.form["email"], plan=plan)
        remember("account_id", account_id)
        return redirect(url_for("dashboard"))
    return render_template("signup.html", plan=plan)


@app.route("/dashboard")
def dashboard():
    features = plan_features(selected_plan())
    return render_template("dashboard.html", features=features)
