# corpus: cwe=327 label=safe
"""Re-encrypts stored API credentials with the newest key (key rotation job)."""
import logging
import os
import sys

import psycopg2
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

log = logging.getLogger("rotate-credentials")

BATCH = 500


def load_keyring(env=os.environ):
    keys = [k.strip() for k in env["CREDENTIAL_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("CREDENTIAL_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


def fetch_batch(cur, after_id):
    cur.execute(
        "SELECT id, secret_blob FROM integration_credentials WHERE id > %s ORDER BY id LIMIT %s",
        (after_id, BATCH),
    )
    return cur.fetchall()


def rotate_all(conn, keyring):
    rotated = failed = 0
    last_id = 0
    with conn.cursor() as cur:
        while True:
            rows = fetch_batch(cur, last_id)
            if not rows:
                break
            for row_id, blob in rows:
                last_id = row_id
                try:
                    new_blob = keyring.rotate(bytes(blob))
                except InvalidToken:
                    log.error("credential %s could not be decrypted with any key", row_id)
                    failed += 1
                    continue
                cur.execute(
                    "UPDATE integration_credentials SET secret_blob = %s WHERE id = %s",
                    (new_blob, row_id),
                )
                rotated += 1
            conn.commit()
    return rotated, failed


def main():
    logging.basicConfig(level=logging.INFO)
    keyring = load_keyring()
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn:
        rotated, failed = rotate_all(conn, keyring)
    log.info("rotated=%d failed=%d", rotated, failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
