# corpus: cwe=327 label=safe
"""Envelope encryption for uploaded medical images."""
import os
from typing import Dict

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap, aes_key_wrap
from fastapi import FastAPI, File, HTTPException, UploadFile
from fastapi.responses import Response

app = FastAPI()

_objects: Dict[str, dict] = {}


def master_key() -> bytes:
    return bytes.fromhex(os.environ["IMAGE_KEK_HEX"])


def envelope_encrypt(data: bytes, object_id: str) -> dict:
    dek = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    return {
        "wrapped_key": aes_key_wrap(master_key(), dek),
        "nonce": nonce,
        "ciphertext": AESGCM(dek).encrypt(nonce, data, object_id.encode()),
    }


def envelope_decrypt(obj: dict, object_id: str) -> bytes:
    dek = aes_key_unwrap(master_key(), obj["wrapped_key"])
    return AESGCM(dek).decrypt(obj["nonce"], obj["ciphertext"], object_id.encode())


@app.put("/images/{image_id}")
async def upload_image(image_id: str, file: UploadFile = File(...)):
    if not image_id.isalnum() or len(image_id) > 64:
        raise HTTPException(400, "invalid id")
    data = await file.read()
    _objects[image_id] = dict(envelope_encrypt(data, image_id), content_type=file.content_type)
    return {"stored": image_id, "bytes": len(data)}


@app.get("/images/{image_id}")
def download_image(image_id: str):
    obj = _objects.get(image_id)
    if obj is None:
        raise HTTPException(404)
    return Response(envelope_decrypt(obj, image_id), media_type=obj["content_type"] or "application/octet-stream")
