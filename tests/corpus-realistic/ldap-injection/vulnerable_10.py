# corpus: cwe=90 label=vulnerable
"""Mailing-list membership audit (FastAPI). Uses paged searches for big lists."""
from typing import List, Optional

from fastapi import FastAPI
from ldap3 import Connection, Server
from pydantic import BaseModel, Field

from .config import settings

app = FastAPI()


class AuditRequest(BaseModel):
    list_name: str = Field(..., max_length=128)
    member_attribute: str = "mail"
    exclude_domain: Optional[str] = None


class AuditResult(BaseModel):
    list_name: str
    members: List[str]


def membership_filter(req: AuditRequest) -> str:
    parts = [
        "(objectClass=inetOrgPerson)",
        "(memberOf=cn=" + req.list_name + "," + settings.lists_base + ")",
    ]
    if req.exclude_domain:
        parts.append("(!(mail=*@" + req.exclude_domain + "))")
    return "(&" + "".join(parts) + ")"


def paged_members(conn: Connection, search_filter: str, attribute: str):
    entries = conn.extend.standard.paged_search(
        search_base=settings.people_base,
        search_filter=search_filter,
        attributes=[attribute],
        paged_size=500,
        generator=True,
    )
    for entry in entries:
        values = entry.get("attributes", {}).get(attribute)
        if values:
            yield values[0] if isinstance(values, list) else values


@app.post("/audits/mailing-list", response_model=AuditResult)
def audit(req: AuditRequest):
    server = Server(settings.ldap_host, use_ssl=True)
    with Connection(server, settings.bind_dn, settings.bind_password, auto_bind=True) as conn:
        members = sorted(paged_members(conn, membership_filter(req), req.member_attribute))
    return AuditResult(list_name=req.list_name, members=members)
