# corpus: cwe=327 label=safe
"""Private notes for the therapist scheduling app."""
import os
from datetime import datetime

from Crypto.Cipher import AES
from flask import Blueprint, abort, g, jsonify, request

from .db import db_session
from .models import SessionNote

notes_bp = Blueprint("notes", __name__, url_prefix="/notes")

NOTES_KEY = bytes.fromhex(os.environ["NOTES_KEY_HEX"])


def encrypt_note(text: str, appointment_id: int) -> bytes:
    cipher = AES.new(NOTES_KEY, AES.MODE_EAX)
    cipher.update(str(appointment_id).encode())
    ciphertext, tag = cipher.encrypt_and_digest(text.encode("utf-8"))
    return cipher.nonce + tag + ciphertext


def decrypt_note(blob: bytes, appointment_id: int) -> str:
    nonce, tag, ciphertext = blob[:16], blob[16:32], blob[32:]
    cipher = AES.new(NOTES_KEY, AES.MODE_EAX, nonce=nonce)
    cipher.update(str(appointment_id).encode())
    return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")


@notes_bp.post("/<int:appointment_id>")
def add_note(appointment_id):
    text = (request.get_json(force=True) or {}).get("text", "").strip()
    if not text:
        abort(400)
    note = SessionNote(
        appointment_id=appointment_id,
        author_id=g.user.id,
        body=encrypt_note(text, appointment_id),
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
    return jsonify([{"id": n.id, "text": decrypt_note(n.body, appointment_id)} for n in rows])
