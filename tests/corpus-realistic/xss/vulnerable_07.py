# corpus: cwe=79 label=vulnerable
"""Django views for the public event calendar."""
from datetime import date

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from .models import Event


def _parse_month(value, default):
    try:
        year, month = value.split("-", 1)
        return date(int(year), int(month), 1)
    except (ValueError, AttributeError):
        return default


def _events_for(month_start, category):
    qs = Event.objects.filter(
        starts_at__year=month_start.year,
        starts_at__month=month_start.month,
    )
    if category:
        qs = qs.filter(category__slug=category)
    return qs.order_by("starts_at")


@require_GET
def calendar(request):
    month_start = _parse_month(request.GET.get("month"), date.today().replace(day=1))
    category = request.GET.get("category", "")
    events = _events_for(month_start, category)
    heading = f"<h1>Events in {month_start:%B %Y}</h1>"
    if category:
        heading += f"<p class='filter'>Filtered by category: {category}</p>"
    if not events:
        return HttpResponse(heading + "<p>No events this month.</p>")
    items = "".join(
        "<li>{} &mdash; {}</li>".format(e.starts_at.strftime("%d %b"), e.pk)
        for e in events
    )
    return HttpResponse(f"{heading}<ul>{items}</ul>")


@require_GET
def calendar_json(request):
    month_start = _parse_month(request.GET.get("month"), date.today().replace(day=1))
    events = _events_for(month_start, request.GET.get("category", ""))
    return JsonResponse({"events": [e.pk for e in events]})
