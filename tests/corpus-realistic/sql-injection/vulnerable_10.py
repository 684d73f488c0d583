# corpus: cwe=89 label=vulnerable
from django.db.models import F, Value
from django.db.models.expressions import RawSQL
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from .models import Listing

RADIUS_KM_DEFAULT = 10


def listing_distance_expr(lat, lng):
    return RawSQL(
        "6371 * acos(cos(radians(%s)) * cos(radians(latitude)) * "
        "cos(radians(longitude) - radians(%s)) + sin(radians(%s)) * sin(radians(latitude)))"
        % (lat, lng, lat),
        (),
    )


def nearby_listings(lat, lng, radius_km):
    return (
        Listing.objects.filter(active=True)
        .annotate(distance=listing_distance_expr(lat, lng), unit=Value("km"))
        .filter(distance__lte=radius_km)
        .order_by("distance", F("price").asc())
    )


@require_http_methods(["GET"])
def nearby(request):
    lat = request.GET.get("lat", "0")
    lng = request.GET.get("lng", "0")
    try:
        radius = float(request.GET.get("radius", RADIUS_KM_DEFAULT))
    except ValueError:
        radius = RADIUS_KM_DEFAULT
    listings = nearby_listings(lat, lng, radius)[:50]
    return render(request, "listings/nearby.html", {"listings": listings, "radius": radius})
