# corpus: cwe=90 label=vulnerable
"""People-picker autocomplete API (FastAPI + ldap3)."""
import os
from typing import List

from fastapi import Depends, FastAPI, Query
from ldap3 import Connection, Server
from pydantic import BaseModel

app = FastAPI()


class Person(BaseModel):
    name: str
    mail: str


def get_connection():
    server = Server(os.environ["LDAP_HOST"], use_ssl=True)
    conn = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    try:
        yield conn
    finally:
        conn.unbind()


@app.get("/people/suggest", response_model=List[Person])
def suggest(q: str = Query(..., min_length=2, max_length=64),
            limit: int = Query(10, le=25),
            conn: Connection = Depends(get_connection)):
    prefix = q.strip()
    search_filter = "(|(cn=%s*)(mail=%s*)(sn=%s*))" % (prefix, prefix, prefix)
    conn.search(
        os.environ.get("LDAP_BASE", "dc=example,dc=com"),
        search_filter,
        attributes=["cn", "mail"],
        size_limit=limit,
    )
    return [Person(name=str(e.cn), mail=str(e.mail)) for e in conn.entries]
