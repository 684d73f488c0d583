# corpus: cwe=90 label=safe
"""People-picker autocomplete API (FastAPI + ldap3)."""
import os
from typing import List

from fastapi import Depends, FastAPI, Query
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars
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


def prefix_filter(prefix: str) -> str:
    p = escape_filter_chars(prefix)
    return "(|(cn={0}*)(mail={0}*)(sn={0}*))".format(p)


@app.get("/people/suggest", response_model=List[Person])
def suggest(q: str = Query(..., min_length=2, max_length=64),
            limit: int = Query(10, le=25),
            conn: Connection = Depends(get_connection)):
    conn.search(
        os.environ.get("LDAP_BASE", "dc=example,dc=com"),
        prefix_filter(q.strip()),
        attributes=["cn", "mail"],
        size_limit=limit,
    )
    return [Person(name=str(e.cn), mail=str(e.mail)) for e in conn.entries]
