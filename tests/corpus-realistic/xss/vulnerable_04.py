# corpus: cwe=79 label=vulnerable
"""Team profile pages for the internal directory."""
from dataclasses import dataclass

from flask import Blueprint, abort, render_template, request
from markupsafe import Markup

profiles_bp = Blueprint("profiles", __name__, url_prefix="/people")


@dataclass
class Profile:
    username: str
    full_name: str
    title: str
    bio: str = ""
    website: str = ""


_PROFILES = {}


def get_profile(username):
    return _PROFILES.get(username.lower())


def save_profile(profile):
    _PROFILES[profile.username.lower()] = profile


def bio_as_html(bio):
    paragraphs = [p.strip() for p in bio.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


@profiles_bp.route("/<username>")
def show(username):
    profile = get_profile(username)
    if profile is None:
        abort(404)
    return render_template(
        "profiles/show.html",
        profile=profile,
        bio_html=bio_as_html(profile.bio),
    )


@profiles_bp.route("/<username>/edit", methods=["POST"])
def edit(username):
    profile = get_profile(username)
    if profile is None:
        abort(404)
    data = request.get_json(silent=True) or {}
    profile.title = data.get("title", profile.title)[:80]
    profile.bio = data.get("bio", profile.bio)
    profile.website = data.get("website", profile.website)
    save_profile(profile)
    return {"status": "ok"}
