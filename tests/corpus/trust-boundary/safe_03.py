# corpus: cwe=501 label=safe
from django.http import JsonResponse
from django.shortcuts import get_object_or_404


def select_account(request, Account):
    account = get_object_or_404(Account, pk=request.POST.get("account_id"), owner=request.user)
    request.session["active_account"] = account.pk
    return JsonResponse({"active": account.pk})
