# corpus: cwe=501 label=vulnerable
from django.http import JsonResponse


def select_account(request):
    account_id = request.POST.get("account_id")
    request.session["active_account"] = account_id
    return JsonResponse({"active": account_id})
