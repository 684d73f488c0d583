# corpus: cwe=338 label=safe
"""Experiment assignment middleware for the storefront."""
import random
import secrets

from django.conf import settings
from django.utils.deprecation import MiddlewareMixin

VISITOR_COOKIE = "vid"
EXPERIMENTS = {
    "checkout_button_color": {"control": 0.5, "green": 0.5},
    "search_ranking": {"control": 0.8, "semantic": 0.2},
}


def pick_variant(weights):
    names = list(weights)
    return random.choices(names, weights=[weights[n] for n in names], k=1)[0]


class ExperimentMiddleware(MiddlewareMixin):
    def process_request(self, request):
        visitor = request.COOKIES.get(VISITOR_COOKIE)
        request.new_visitor_id = None
        if not visitor:
            visitor = secrets.token_urlsafe(18)
            request.new_visitor_id = visitor
        request.visitor_id = visitor

        assigned = request.session.get("experiments", {})
        for name, weights in EXPERIMENTS.items():
            if name not in assigned:
                assigned[name] = pick_variant(weights)
        request.session["experiments"] = assigned
        request.variants = assigned

    def process_response(self, request, response):
        new_id = getattr(request, "new_visitor_id", None)
        if new_id:
            response.set_cookie(
                VISITOR_COOKIE,
                new_id,
                max_age=365 * 86400,
                secure=not settings.DEBUG,
                httponly=True,
                samesite="Lax",
            )
        return response


def variant_for(request, experiment, default="control"):
    return getattr(request, "variants", {}).get(experiment, default)
