# corpus: cwe=89 label=safe
from django.contrib.auth.models import User
from django.http import JsonResponse


def lookup_user(request):
    email = request.GET.get("email", "")
    users = User.objects.filter(email__iexact=email).only("id")
    return JsonResponse({"ids": [u.id for u in users]})
