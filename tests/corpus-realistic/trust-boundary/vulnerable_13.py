# corpus: cwe=501 label=vulnerable
"""Pyramid views for the event-ticket checkout."""
from decimal import Decimal

from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from .payments import start_payment


def ticket_lines(params):
    lines = []
    for key in params:
        if key.startswith("qty_"):
            qty = int(params[key] or 0)
            if qty > 0:
                lines.append((key[4:], qty))
    return lines


@view_config(route_name="tickets_select", request_method="POST")
def select_tickets(request):
    lines = ticket_lines(request.POST)
    session = request.session
    session["ticket_lines"] = lines
    session["order_total"] = request.POST.get("total", "0")
    session["currency"] = request.POST.get("currency", "EUR")
    return HTTPFound(location=request.route_url("tickets_pay"))


@view_config(route_name="tickets_pay", renderer="templates/pay.jinja2")
def pay(request):
    total = Decimal(request.session.get("order_total", "0"))
    if request.method == "POST":
        payment = start_payment(
            amount=total,
            currency=request.session.get("currency", "EUR"),
            reference="tickets-%s" % request.session.get("order_ref", "new"),
        )
        return HTTPFound(location=payment.redirect_url)
    return {"lines": request.session.get("ticket_lines", []), "total": total}
