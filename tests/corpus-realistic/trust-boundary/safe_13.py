# corpus: cwe=501 label=safe
"""Pyramid views for the event-ticket checkout."""
import uuid
from decimal import Decimal

from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from pyramid.view import view_config

from .catalog import ticket_types
from .payments import start_payment

MAX_PER_TYPE = 10


def ticket_lines(params, available):
    lines = []
    for code, ticket in available.items():
        raw = params.get("qty_" + code, "0") or "0"
        if not raw.isdigit():
            raise HTTPBadRequest("invalid quantity")
        qty = min(int(raw), MAX_PER_TYPE)
        if qty:
            lines.append((code, qty, ticket.price))
    return lines


@view_config(route_name="tickets_select", request_method="POST")
def select_tickets(request):
    available = ticket_types(request.dbsession, request.matchdict["event_id"])
    lines = ticket_lines(request.POST, available)
    total = sum((price * qty for _, qty, price in lines), Decimal("0"))
    session = request.session
    session["order_ref"] = uuid.uuid4().hex
    session["ticket_lines"] = [(code, qty) for code, qty, _ in lines]
    session["order_total"] = str(total)
    return HTTPFound(location=request.route_url("tickets_pay"))


@view_config(route_name="tickets_pay", renderer="templates/pay.jinja2")
def pay(request):
    total = Decimal(request.session.get("order_total", "0"))
    if request.method == "POST":
        payment = start_payment(amount=total, currency="EUR",
                                reference="tickets-%s" % request.session["order_ref"])
        return HTTPFound(location=payment.redirect_url)
    return {"lines": request.session.get("ticket_lines", []), "total": total}
