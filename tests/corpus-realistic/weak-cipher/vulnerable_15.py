# corpus: cwe=327 label=vulnerable
"""Translates customer PINs from the mobile app into the format the host expects."""
import json
import logging
import os

from Crypto.Cipher import DES

log = logging.getLogger("pin-translator")


def iso0_pin_block(pin: str, pan: str) -> bytes:
    pin_field = ("0" + str(len(pin)) + pin).ljust(16, "F")
    pan_field = "0000" + pan[-13:-1]
    block = int(pin_field, 16) ^ int(pan_field, 16)
    return block.to_bytes(8, "big")


class HostLink:
    def __init__(self, zone_key: bytes, transport):
        self.zone_key = zone_key
        self.transport = transport

    def encrypt_pin_block(self, block: bytes) -> bytes:
        return DES.new(self.zone_key, DES.MODE_ECB).encrypt(block)

    def send_change_request(self, card_ref: str, pan: str, new_pin: str) -> dict:
        enc = self.encrypt_pin_block(iso0_pin_block(new_pin, pan))
        message = {"type": "PIN_CHANGE", "card": card_ref, "pinblock": enc.hex().upper()}
        return self.transport.request(message)


def handle(raw: bytes, link: HostLink) -> dict:
    req = json.loads(raw)
    pin = str(req["new_pin"])
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        return {"ok": False, "error": "invalid pin"}
    reply = link.send_change_request(req["card_ref"], req["pan"], pin)
    return {"ok": reply.get("code") == "00"}


def consume(queue, link: HostLink):
    for raw in queue:
        try:
            result = handle(raw, link)
        except (KeyError, ValueError):
            log.exception("malformed request")
            continue
        log.info("pin change processed: %s", result["ok"])


def build_link(transport):
    return HostLink(bytes.fromhex(os.environ["ZPK_HEX"]), transport)
