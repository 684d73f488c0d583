# corpus: cwe=79 label=vulnerable
"""Status page service: incidents are posted by on-call engineers and by integrations."""
from datetime import datetime, timezone
from typing import List

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

app = FastAPI()


class IncidentIn(BaseModel):
    component: str = Field(..., max_length=64)
    summary: str
    severity: str = "minor"


class Incident:
    def __init__(self, component, summary, severity):
        self.component = component
        self.summary = summary
        self.severity = severity
        self.opened_at = datetime.now(timezone.utc)

    def headline(self):
        return "{0}: {1}".format(self.component.upper(), self.summary)


class IncidentBoard:
    def __init__(self):
        self.items: List[Incident] = []

    def open(self, data: IncidentIn) -> Incident:
        incident = Incident(data.component, data.summary, data.severity)
        self.items.append(incident)
        return incident

    def render(self) -> str:
        if not self.items:
            return "<p class='ok'>All systems operational.</p>"
        rows = []
        for inc in reversed(self.items):
            when = inc.opened_at.strftime("%H:%M UTC")
            rows.append(f"<div class='sev-{inc.severity}'>{when} {inc.headline()}</div>")
        return "\n".join(rows)


board = IncidentBoard()


@app.post("/incidents", status_code=201)
def open_incident(body: IncidentIn):
    incident = board.open(body)
    return {"component": incident.component, "opened_at": incident.opened_at.isoformat()}


@app.get("/", response_class=HTMLResponse)
def status_page():
    return HTMLResponse("<html><body><h1>Status</h1>" + board.render() + "</body></html>")
