# corpus: cwe=90 label=vulnerable
"""Offboarding worker: the HR system posts leaver events to a Redis stream."""
import json
import logging
import os

import ldap
import ldap.modlist
import redis

log = logging.getLogger("offboarding")

STREAM = "hr:leavers"
GROUP = "directory-sync"
PEOPLE = "ou=people,dc=corp,dc=example,dc=com"
DISABLED = "ou=disabled,dc=corp,dc=example,dc=com"


class LeaverProcessor:
    def __init__(self, conn):
        self.conn = conn

    def dn_for(self, event):
        return "uid={},{}".format(event["username"], PEOPLE)

    def disable(self, event):
        dn = self.dn_for(event)
        self.conn.modify_s(
            dn,
            [
                (ldap.MOD_REPLACE, "loginShell", [b"/usr/sbin/nologin"]),
                (ldap.MOD_REPLACE, "description", ("left %s" % event["last_day"]).encode()),
            ],
        )
        rdn = dn.split(",", 1)[0]
        self.conn.rename_s(dn, rdn, newsuperior=DISABLED)
        log.info("disabled %s", dn)


def main():
    r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))
    conn = ldap.initialize(os.environ["LDAP_URI"])
    conn.simple_bind_s(os.environ["LDAP_ADMIN_DN"], os.environ["LDAP_ADMIN_PW"])
    processor = LeaverProcessor(conn)
    try:
        r.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
    except redis.ResponseError:
        pass
    while True:
        for _, messages in r.xreadgroup(GROUP, "worker-1", {STREAM: ">"}, count=10, block=30000) or []:
            for msg_id, fields in messages:
                event = json.loads(fields[b"payload"])
                try:
                    processor.disable(event)
                except ldap.NO_SUCH_OBJECT:
                    log.warning("no such user for event %s", msg_id)
                r.xack(STREAM, GROUP, msg_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
