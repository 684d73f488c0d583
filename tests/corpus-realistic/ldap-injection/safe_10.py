# corpus: cwe=90 label=safe
"""Badge-reader API: resolve an employee number to a display name (FastAPI)."""
from fastapi import FastAPI, HTTPException, Path
from ldap3 import Connection, Server
from pydantic import BaseModel

from .config import settings

app = FastAPI()


class Employee(BaseModel):
    employee_number: int
    display_name: str
    department: str = ""


def directory() -> Connection:
    server = Server(settings.ldap_host, use_ssl=True)
    return Connection(server, settings.bind_dn, settings.bind_password, auto_bind=True, read_only=True)


def find_employee(conn: Connection, number: int):
    conn.search(
        settings.people_base,
        f"(&(objectClass=person)(employeeNumber={number:d}))",
        attributes=["displayName", "department"],
        size_limit=2,
    )
    return conn.entries


@app.get("/employees/{employee_number}", response_model=Employee)
def get_employee(employee_number: int = Path(..., ge=1, le=9_999_999)):
    with directory() as conn:
        entries = find_employee(conn, employee_number)
    if len(entries) != 1:
        raise HTTPException(status_code=404, detail="employee not found")
    entry = entries[0]
    return Employee(
        employee_number=employee_number,
        display_name=str(entry.displayName),
        department=str(entry.department) if "department" in entry else "",
    )
