# corpus: cwe=90 label=safe
"""Group membership management API (FastAPI + ldap3)."""
from fastapi import FastAPI, HTTPException
from ldap3 import MODIFY_ADD, MODIFY_DELETE, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from pydantic import BaseModel, Field

from .config import settings

app = FastAPI()


class MembershipChange(BaseModel):
    group: str = Field(..., max_length=64)
    username: str = Field(..., max_length=64)


def connect():
    server = Server(settings.ldap_host, use_ssl=True)
    return Connection(server, settings.admin_dn, settings.admin_password, auto_bind=True)


def resolve_dn(conn, object_class, attr, value, base):
    conn.search(
        base,
        "(&(objectClass=%s)(%s=%s))" % (object_class, attr, escape_filter_chars(value)),
        attributes=["cn"],
        size_limit=2,
    )
    if len(conn.entries) != 1:
        raise HTTPException(status_code=404, detail="%s not found" % attr)
    return conn.entries[0].entry_dn


def change_membership(change: MembershipChange, operation):
    with connect() as conn:
        group_dn = resolve_dn(conn, "groupOfNames", "cn", change.group, settings.groups_base)
        user_dn = resolve_dn(conn, "inetOrgPerson", "uid", change.username, settings.people_base)
        conn.modify(group_dn, {"member": [(operation, [user_dn])]})
        return conn.result


@app.post("/memberships")
def add_member(change: MembershipChange):
    result = change_membership(change, MODIFY_ADD)
    return {"result": result["description"]}


@app.delete("/memberships")
def remove_member(change: MembershipChange):
    result = change_membership(change, MODIFY_DELETE)
    return {"result": result["description"]}
