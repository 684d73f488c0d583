# corpus: cwe=601 label=vulnerable
from django.shortcuts import redirect


def after_payment(request):
    order_id = request.GET.get("order")
    success_url = request.GET.get("success_url", "/orders/")
    if order_id is None:
        return redirect("/orders/")
    return redirect(success_url + "?order=" + order_id)
