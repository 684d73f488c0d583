# corpus: cwe=79 label=safe
"""Team profile pages for the internal directory."""
from dataclasses import dataclass

from flask import Blueprint, abort, render_template, request
from markupsafe import Markup

profiles_bp = Blueprint("profiles", __name__, url_prefix="/people")

VERIFIED_BADGE = Markup('<span class="badge badge-verified" title="Verified">&#10003;</span>')


@dataclass
class Profile:
    username: str
    full_name: str
    title: str
    bio: str = ""
    verified: bool = False


_PROFILES = {}


def get_profile(username):
    return _PROFILES.get(username.lower())


def bio_as_html(bio):
    paragraphs = [p.strip() for p in bio.split("\n\n") if p.strip()]
    return Markup("").join(Markup("<p>{}</p>").format(p) for p in paragraphs)


@profiles_bp.route("/<username>")
def show(username):
    profile = get_profile(username)
    if profile is None:
        abort(404)
    return render_template(
        "profiles/show.html",
        profile=profile,
        bio_html=bio_as_html(profile.bio),
        badge=VERIFIED_BADGE if profile.verified else "",
    )


@profiles_bp.route("/<username>/edit", methods=["POST"])
def edit(username):
    profile = get_profile(username)
    if profile is None:
        abort(404)
    data = request.get_json(silent=True) or {}
    profile.title = data.get("title", profile.title)[:80]
    profile.bio = data.get("bio", profile.bio)
    return {"status": "ok"}
