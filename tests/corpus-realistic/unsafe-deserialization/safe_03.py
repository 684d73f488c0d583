# corpus: cwe=502 label=safe
"""Feature-flag admin API. Defaults are deep-copied per request."""
import pickle

from flask import Blueprint, abort, jsonify, request

flags_api = Blueprint("flags", __name__, url_prefix="/api/flags")

DEFAULT_FLAGS = {
    "checkout_v2": {"enabled": False, "rollout": 0, "segments": []},
    "dark_mode": {"enabled": True, "rollout": 100, "segments": ["beta"]},
    "new_search": {"enabled": False, "rollout": 10, "segments": ["staff"]},
}
_DEFAULTS_BLOB = pickle.dumps(DEFAULT_FLAGS)
_overrides = {}


def fresh_defaults():
    return pickle.loads(_DEFAULTS_BLOB)


def effective_flags(tenant):
    flags = fresh_defaults()
    for name, patch in _overrides.get(tenant, {}).items():
        if name in flags:
            flags[name].update(patch)
    return flags


@flags_api.get("/<tenant>")
def list_flags(tenant):
    return jsonify(effective_flags(tenant))


@flags_api.patch("/<tenant>/<name>")
def patch_flag(tenant, name):
    if name not in DEFAULT_FLAGS:
        abort(404)
    body = request.get_json(force=True) or {}
    patch = {}
    if "enabled" in body:
        patch["enabled"] = bool(body["enabled"])
    if "rollout" in body:
        patch["rollout"] = max(0, min(100, int(body["rollout"])))
    _overrides.setdefault(tenant, {}).setdefault(name, {}).update(patch)
    return jsonify(effective_flags(tenant)[name])
