# corpus: cwe=327 label=safe
"""Encrypted direct messages between marketplace buyers and sellers."""
import nacl.secret
import nacl.utils
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods


def _box():
    key = bytes.fromhex(settings.MESSAGE_BOX_KEY)
    return nacl.secret.SecretBox(key)


class Conversation(models.Model):
    buyer = models.ForeignKey("auth.User", related_name="+", on_delete=models.CASCADE)
    seller = models.ForeignKey("auth.User", related_name="+", on_delete=models.CASCADE)

    def involves(self, user):
        return user.pk in (self.buyer_id, self.seller_id)


class Message(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE)
    sender = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    sealed = models.BinaryField()
    created = models.DateTimeField(auto_now_add=True)

    def set_text(self, text):
        self.sealed = _box().encrypt(text.encode("utf-8"), nacl.utils.random(24))

    def text(self):
        return _box().decrypt(bytes(self.sealed)).decode("utf-8")


@login_required
@require_http_methods(["GET", "POST"])
def conversation_messages(request, conversation_id):
    convo = get_object_or_404(Conversation, pk=conversation_id)
    if not convo.involves(request.user):
        return JsonResponse({"error": "not found"}, status=404)
    if request.method == "POST":
        body = request.POST.get("text", "").strip()
        if not body or len(body) > 4000:
            return HttpResponseBadRequest("message must be 1-4000 characters")
        msg = Message(conversation=convo, sender=request.user)
        msg.set_text(body)
        msg.save()
    messages = convo.message_set.order_by("created")[:200]
    return JsonResponse({"messages": [{"from": m.sender_id, "text": m.text()} for m in messages]})
