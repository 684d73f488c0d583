# corpus: cwe=79 label=safe
"""Status page service: incidents are posted by on-call engineers and by integrations."""
from datetime import datetime, timezone
from typing import List

from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

app = FastAPI()
templates = Jinja2Templates(directory="templates")


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


board = IncidentBoard()


@app.post("/incidents", status_code=201)
def open_incident(body: IncidentIn):
    incident = board.open(body)
    return {"component": incident.component, "opened_at": incident.opened_at.isoformat()}


@app.get("/")
def status_page(request: Request):
    rows = [
        {"when": inc.opened_at.strftime("%H:%M UTC"), "severity": inc.severity,
         "headline": inc.headline()}
        for inc in reversed(board.items)
    ]
    return templates.TemplateResponse("status.html", {"request": request, "rows": rows})
