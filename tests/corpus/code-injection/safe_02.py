# corpus: cwe=95 label=safe
import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def compute(request):
    data = json.loads(request.POST["data"])
    total = sum(int(item["qty"]) * float(item["price"]) for item in data)
    return JsonResponse({"total": total})
