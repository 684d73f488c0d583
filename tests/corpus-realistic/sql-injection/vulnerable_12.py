# corpus: cwe=89 label=vulnerable
"""Small support tool: reset a customer's failed-login counter."""
import getpass
import os
import sys

import mysql.connector


def connect():
    return mysql.connector.connect(
        host=os.environ.get("DB_HOST", "localhost"),
        user=os.environ.get("DB_USER", "support"),
        password=os.environ.get("DB_PASSWORD") or getpass.getpass("DB password: "),
        database="accounts",
    )


def describe(cursor, login):
    cursor.execute("SELECT id, login, failed_attempts, locked FROM users WHERE login = '%s'" % login)
    return cursor.fetchone()


def reset_counter(cursor, user_id):
    cursor.execute("UPDATE users SET failed_attempts = 0, locked = 0 WHERE id = %s", (user_id,))


def prompt_login():
    if len(sys.argv) > 1:
        return sys.argv[1]
    return input("Customer login: ").strip()


def main():
    login = prompt_login()
    conn = connect()
    try:
        cur = conn.cursor()
        row = describe(cur, login)
        if not row:
            print("no such user: %s" % login)
            return 1
        user_id, login_name, failed, locked = row
        print(f"{login_name}: {failed} failed attempts, locked={bool(locked)}")
        if input("Reset? [y/N] ").lower().startswith("y"):
            reset_counter(cur, user_id)
            conn.commit()
            print("done")
        return 0
    finally:
        conn.close()


if __name__ == "__main__":
    raise SystemExit(main())
