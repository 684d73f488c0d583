# corpus: cwe=501 label=safe
"""Support console views (Django)."""
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, render

from support.models import Ticket


def _is_support_admin(user):
    return user.is_staff and user.groups.filter(name="support-leads").exists()


@login_required
def console(request):
    request.session["is_admin"] = _is_support_admin(request.user)
    show_closed = request.GET.get("closed") == "1"
    tickets = Ticket.objects.filter(assignee=request.user)
    if not show_closed:
        tickets = tickets.exclude(status="closed")
    return render(
        request,
        "support/console.html",
        {
            "tickets": tickets.order_by("-updated_at")[:50],
            "is_admin": request.session["is_admin"],
            "show_closed": show_closed,
        },
    )


@login_required
def ticket_detail(request, ticket_id):
    ticket = get_object_or_404(Ticket, pk=ticket_id)
    if ticket.assignee_id != request.user.id and not _is_support_admin(request.user):
        return HttpResponseForbidden("not your ticket")
    return render(request, "support/ticket.html", {"ticket": ticket})
