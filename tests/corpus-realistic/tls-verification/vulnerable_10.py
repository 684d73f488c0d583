# corpus: cwe=295 label=vulnerable
"""Client for the legacy HR system's REST bridge."""
import os
from dataclasses import dataclass

import requests

HR_BRIDGE = os.environ.get("HR_BRIDGE_URL", "https://hr-bridge.corp.example:8443")

DEFAULT_REQUEST_OPTIONS = {
    "timeout": 20,
    "verify": False,
    "allow_redirects": False,
}


@dataclass
class Employee:
    employee_id: str
    name: str
    department: str
    manager_id: str = ""


class HRBridge:
    def __init__(self, base_url=HR_BRIDGE, api_user=None, api_password=None, **overrides):
        self.base_url = base_url.rstrip("/")
        self.auth = (api_user or os.environ["HR_USER"], api_password or os.environ["HR_PASSWORD"])
        self.options = dict(DEFAULT_REQUEST_OPTIONS, **overrides)

    def _get(self, path, **params):
        resp = requests.get(self.base_url + path, params=params, auth=self.auth, **self.options)
        resp.raise_for_status()
        return resp.json()

    def employee(self, employee_id):
        row = self._get("/employees/%s" % employee_id.strip())
        return Employee(row["id"], row["displayName"], row["dept"], row.get("managerId", ""))

    def department_members(self, department):
        rows = self._get("/employees", department=department)
        return [Employee(r["id"], r["displayName"], r["dept"], r.get("managerId", "")) for r in rows]

    def reporting_chain(self, employee_id, limit=10):
        chain = []
        current = self.employee(employee_id)
        while current.manager_id and len(chain) < limit:
            current = self.employee(current.manager_id)
            chain.append(current)
        return chain


if __name__ == "__main__":
    import sys

    bridge = HRBridge()
    for person in bridge.reporting_chain(sys.argv[1]):
        print(person.employee_id, person.name, person.department)
