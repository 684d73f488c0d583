# corpus: cwe=90 label=safe
from fastapi import FastAPI
from ldap3 import Connection, Server

app = FastAPI()
ldap_server = Server("ldap://ldap.example.com")


@app.get("/contacts/{employee_id}")
def contact(employee_id: int):
    conn = Connection(ldap_server, auto_bind=True)
    conn.search("ou=contacts,dc=example,dc=com", "(employeeNumber=%d)" % employee_id)
    return [str(e.cn) for e in conn.entries]
