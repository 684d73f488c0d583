# corpus: cwe=90 label=safe
"""Nightly directory sync: copy recently changed accounts into the HR database."""
import datetime as dt
import logging
import os

import ldap
import psycopg2

log = logging.getLogger("dirsync")

BASE = os.environ.get("LDAP_BASE", "ou=people,dc=corp,dc=example,dc=com")
ATTRS = ["uid", "cn", "mail", "departmentNumber", "modifyTimestamp"]


def changed_since_filter(since: dt.datetime) -> str:
    stamp = since.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%SZ")
    return "(&(objectClass=inetOrgPerson)(modifyTimestamp>=%s))" % stamp


def fetch_changes(conn, since):
    results = conn.search_s(BASE, ldap.SCOPE_SUBTREE, changed_since_filter(since), ATTRS)
    for dn, attrs in results:
        if not dn:
            continue
        yield {
            "uid": attrs["uid"][0].decode(),
            "name": attrs.get("cn", [b""])[0].decode(),
            "mail": attrs.get("mail", [b""])[0].decode(),
            "dept": attrs.get("departmentNumber", [b""])[0].decode(),
        }


def upsert(db, rows):
    with db.cursor() as cur:
        for row in rows:
            cur.execute(
                "INSERT INTO staff (uid, name, mail, dept) VALUES (%(uid)s, %(name)s, %(mail)s, %(dept)s) "
                "ON CONFLICT (uid) DO UPDATE SET name = EXCLUDED.name, mail = EXCLUDED.mail, dept = EXCLUDED.dept",
                row,
            )
    db.commit()


def main():
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=int(os.environ.get("SYNC_WINDOW_HOURS", "26")))
    conn = ldap.initialize(os.environ["LDAP_URI"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    rows = list(fetch_changes(conn, since))
    conn.unbind_s()
    with psycopg2.connect(os.environ["HR_DATABASE_URL"]) as db:
        upsert(db, rows)
    log.info("synced %d accounts changed since %s", len(rows), since.isoformat())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
