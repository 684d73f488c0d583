# corpus: cwe=94 label=vulnerable
from decimal import Decimal

from django import forms
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from pricing.models import Product


class PriceRuleForm(forms.Form):
    product = forms.IntegerField()
    formula = forms.CharField(max_length=500, help_text="e.g. base * 1.2 + shipping")
    quantity = forms.IntegerField(min_value=1, initial=1)


def price_context(product, quantity):
    return {
        "base": float(product.base_price),
        "shipping": float(product.shipping_cost),
        "qty": quantity,
        "min": min,
        "max": max,
        "round": round,
    }


def preview_price(formula, context):
    code = compile(formula, "<price-rule>", "eval")
    return eval(code, {"__builtins__": {}}, context)


@require_POST
def preview_rule(request):
    form = PriceRuleForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    product = get_object_or_404(Product, pk=form.cleaned_data["product"])
    context = price_context(product, form.cleaned_data["quantity"])
    try:
        price = preview_price(form.cleaned_data["formula"], context)
    except Exception as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    return JsonResponse({"price": str(Decimal(str(price)).quantize(Decimal("0.01")))})
