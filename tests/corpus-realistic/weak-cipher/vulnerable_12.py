# corpus: cwe=327 label=vulnerable
"""Encrypted payloads attached to outgoing e-mail tracking links."""
import base64
import json

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse

from .models import Campaign, Click

CIPHER_PROFILES = {
    "compact": {"mode": AES.MODE_ECB, "iv": False},
    "standard": {"mode": AES.MODE_CBC, "iv": True},
}
PROFILE = CIPHER_PROFILES[getattr(settings, "TRACKING_CIPHER_PROFILE", "compact")]


def _key():
    return base64.b64decode(settings.TRACKING_LINK_KEY)


def _new_cipher(iv=None):
    if PROFILE["iv"]:
        return AES.new(_key(), PROFILE["mode"], iv=iv) if iv else AES.new(_key(), PROFILE["mode"])
    return AES.new(_key(), PROFILE["mode"])


def pack(data):
    cipher = _new_cipher()
    body = cipher.encrypt(pad(json.dumps(data, sort_keys=True).encode(), 16))
    prefix = cipher.iv if PROFILE["iv"] else b""
    return base64.urlsafe_b64encode(prefix + body).decode().rstrip("=")


def unpack(token):
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    if PROFILE["iv"]:
        cipher, raw = _new_cipher(raw[:16]), raw[16:]
    else:
        cipher = _new_cipher()
    return json.loads(unpad(cipher.decrypt(raw), 16))


def tracking_url(campaign, recipient_id, target):
    token = pack({"c": campaign.pk, "r": recipient_id, "t": target})
    return settings.SITE_URL + reverse("track-click", args=[token])


def track_click(request, token):
    try:
        data = unpack(token)
    except (ValueError, KeyError):
        raise Http404
    campaign = Campaign.objects.filter(pk=data["c"]).first()
    if campaign is None or data["t"] not in campaign.allowed_targets():
        raise Http404
    Click.objects.create(campaign=campaign, recipient_id=data["r"])
    return HttpResponseRedirect(data["t"])
