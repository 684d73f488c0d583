# corpus: cwe=338 label=safe
"""Views for the tabletop companion app: dice rolls and turn order."""
import random
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.generic import View

from .models import GameTable

DICE_RE = re.compile(r"^(\d{1,2})d(4|6|8|10|12|20|100)([+-]\d{1,3})?$")


def parse_dice(expr):
    match = DICE_RE.match(expr.replace(" ", "").lower())
    if not match:
        return None
    count, sides, modifier = match.groups()
    return int(count), int(sides), int(modifier or 0)


def roll(count, sides, modifier=0):
    rolls = [random.randint(1, sides) for _ in range(count)]
    return rolls, sum(rolls) + modifier


class RollView(View):
    def get(self, request, table_id):
        table = get_object_or_404(GameTable, pk=table_id)
        parsed = parse_dice(request.GET.get("dice", "1d6"))
        if parsed is None:
            return HttpResponseBadRequest("use notation like 2d6+1")
        rolls, total = roll(*parsed)
        table.log_event(request.user, "rolled %s = %d" % (request.GET.get("dice", "1d6"), total))
        return JsonResponse({"rolls": rolls, "total": total})


class TurnOrderView(View):
    def post(self, request, table_id):
        table = get_object_or_404(GameTable, pk=table_id)
        players = list(table.players.values_list("display_name", flat=True))
        random.shuffle(players)
        table.turn_order = ",".join(players)
        table.save(update_fields=["turn_order"])
        return JsonResponse({"order": players})
