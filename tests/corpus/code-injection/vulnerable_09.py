# corpus: cwe=95 label=vulnerable
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def compute(request):
    data = eval(request.POST["data"])
    total = sum(item["qty"] * item["price"] for item in data)
    return JsonResponse({"total": total})
