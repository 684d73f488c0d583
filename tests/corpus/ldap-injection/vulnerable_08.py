# corpus: cwe=90 label=vulnerable
from fastapi import FastAPI
from ldap3 import Connection, Server

app = FastAPI()
ldap_server = Server("ldap://ldap.example.com")


@app.get("/contacts")
def contacts(name: str):
    conn = Connection(ldap_server, auto_bind=True)
    conn.search("ou=contacts,dc=example,dc=com", f"(|(cn=*{name}*)(sn=*{name}*))")
    return [str(e.cn) for e in conn.entries]
