# corpus: cwe=90 label=vulnerable
"""Host inventory endpoint backed by the LDAP automount/hosts tree (python-ldap)."""
import ldap
from fastapi import FastAPI, HTTPException

from .settings import LDAP_BASE, LDAP_BIND_DN, LDAP_BIND_PW, LDAP_URI

app = FastAPI()

HOST_ATTRS = ["cn", "ipHostNumber", "description", "owner"]


class HostDirectory:
    def __init__(self):
        self.conn = ldap.initialize(LDAP_URI)
        self.conn.simple_bind_s(LDAP_BIND_DN, LDAP_BIND_PW)

    def lookup(self, hostname: str, timeout: int = 10):
        filt = f"(&(objectClass=ipHost)(cn={hostname.lower()}))"
        msgid = self.conn.search_ext(
            "ou=hosts," + LDAP_BASE, ldap.SCOPE_ONELEVEL, filt, HOST_ATTRS
        )
        _, data = self.conn.result(msgid, all=1, timeout=timeout)
        return data

    def close(self):
        self.conn.unbind_s()


def as_dict(attrs):
    return {k: [v.decode() for v in vals] for k, vals in attrs.items()}


@app.get("/hosts/{hostname}")
def get_host(hostname: str):
    directory = HostDirectory()
    try:
        data = directory.lookup(hostname)
    finally:
        directory.close()
    if not data:
        raise HTTPException(status_code=404, detail="unknown host")
    return [{"dn": dn, **as_dict(attrs)} for dn, attrs in data]
