# corpus: cwe=79 label=safe
"""Django views for the public event calendar."""
from datetime import date

from django.shortcuts import render
from django.views.decorators.http import require_GET

from .models import Category, Event


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
    category = request.GET.get("category", "").strip()
    context = {
        "month": month_start,
        "category": category,
        "categories": Category.objects.order_by("name"),
        "events": _events_for(month_start, category),
        "heading": f"Events in {month_start:%B %Y}",
    }
    return render(request, "events/calendar.html", context)
