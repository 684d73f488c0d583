# corpus: cwe=327 label=vulnerable
"""Private notes for the therapist scheduling app."""
import os
from datetime import datetime

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import Blueprint, abort, g, jsonify, request

from .db import db_session
from .models import SessionNote

notes_bp = Blueprint("notes", __name__, url_prefix="/notes")


class NoteCrypto:
    block_bits = 64

    def __init__(self, key: bytes):
        self.key = key

    def encrypt(self, text: str) -> bytes:
        iv = os.urandom(self.block_bits // 8)
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(text.encode("utf-8")) + padder.finalize()
        enc = Cipher(algorithms.Blowfish(self.key), modes.CBC(iv)).encryptor()
        return iv + enc.update(data) + enc.finalize()

    def decrypt(self, blob: bytes) -> str:
        size = self.block_bits // 8
        dec = Cipher(algorithms.Blowfish(self.key), modes.CBC(blob[:size])).decryptor()
        padded = dec.update(blob[size:]) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


crypto = NoteCrypto(bytes.fromhex(os.environ["NOTES_KEY_HEX"]))


@notes_bp.post("/<int:appointment_id>")
def add_note(appointment_id):
    text = (request.get_json(force=True) or {}).get("text", "").strip()
    if not text:
        abort(400)
    note = SessionNote(
        appointment_id=appointment_id,
        author_id=g.user.id,
        body=crypto.encrypt(text),
        created_at=datetime.utcnow(),
    )
    db_session.add(note)
    db_session.commit()
    return jsonify(id=note.id), 201


@notes_bp.get("/<int:appointment_id>")
def list_notes(appointment_id):
    rows = (
        db_session.query(SessionNote)
        .filter_by(appointment_id=appointment_id, author_id=g.user.id)
        .order_by(SessionNote.created_at)
    )
    return jsonify([{"id": n.id, "text": crypto.decrypt(n.body)} for n in rows])
