# corpus: cwe=327 label=vulnerable
"""Patient contact details, stored encrypted in Postgres."""
import os
from typing import Optional

import psycopg2
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class Contact(BaseModel):
    phone: str
    email: str
    address: Optional[str] = None


def get_conn():
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    try:
        yield conn
    finally:
        conn.close()


def get_key() -> bytes:
    return bytes.fromhex(os.environ["CONTACT_KEY_HEX"])


def _seal(key: bytes, text: str) -> bytes:
    return AES.new(key, AES.MODE_ECB).encrypt(pad(text.encode("utf-8"), AES.block_size))


def _open(key: bytes, blob: bytes) -> str:
    return unpad(AES.new(key, AES.MODE_ECB).decrypt(bytes(blob)), AES.block_size).decode("utf-8")


def save_contact(conn, key: bytes, patient_id: int, contact: Contact) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO patient_contacts (patient_id, phone, email, address) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (patient_id) DO UPDATE SET phone = EXCLUDED.phone, "
            "email = EXCLUDED.email, address = EXCLUDED.address",
            (patient_id, _seal(key, contact.phone), _seal(key, contact.email),
             _seal(key, contact.address or "")),
        )
    conn.commit()


def load_contact(conn, key: bytes, patient_id: int) -> Optional[Contact]:
    with conn.cursor() as cur:
        cur.execute("SELECT phone, email, address FROM patient_contacts WHERE patient_id = %s", (patient_id,))
        row = cur.fetchone()
    if row is None:
        return None
    phone, email, address = (_open(key, v) for v in row)
    return Contact(phone=phone, email=email, address=address or None)


@app.put("/patients/{patient_id}/contact")
def put_contact(patient_id: int, body: Contact, conn=Depends(get_conn), key: bytes = Depends(get_key)):
    save_contact(conn, key, patient_id, body)
    return {"saved": True}


@app.get("/patients/{patient_id}/contact", response_model=Contact)
def get_contact(patient_id: int, conn=Depends(get_conn), key: bytes = Depends(get_key)):
    contact = load_contact(conn, key, patient_id)
    if contact is None:
        raise HTTPException(404)
    return contact
