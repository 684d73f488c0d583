# corpus: cwe=501 label=vulnerable
"""Support console views (Django)."""
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, render

from support.models import Ticket


def _flag(value):
    return str(value).strip().lower() in ("1", "true", "yes", "on")


@login_required
def console(request):
    if "admin" in request.GET:
        request.session["is_admin"] = _flag(request.GET.get("admin"))
    tickets = Ticket.objects.filter(assignee=request.user).order_by("-updated_at")[:50]
    return render(
        request,
        "support/console.html",
        {"tickets": tickets, "is_admin": request.session.get("is_admin", False)},
    )


@login_required
def ticket_detail(request, ticket_id):
    ticket = get_object_or_404(Ticket, pk=ticket_id)
    if ticket.assignee_id != request.user.id and not request.session.get("is_admin"):
        return HttpResponseForbidden("not your ticket")
    return render(request, "support/ticket.html", {"ticket": ticket})


@login_required
def reassign(request, ticket_id):
    if request.method != "POST" or not request.session.get("is_admin"):
        return HttpResponseForbidden()
    ticket = get_object_or_404(Ticket, pk=ticket_id)
    ticket.assignee_id = int(request.POST["assignee"])
    ticket.save(update_fields=["assignee"])
    return render(request, "support/ticket.html", {"ticket": ticket})
