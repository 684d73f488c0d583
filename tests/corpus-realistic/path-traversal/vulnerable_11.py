# corpus: cwe=22 label=vulnerable
"""Support tickets with text attachments."""
import base64
import os
from datetime import datetime
from typing import List, Optional

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

ATTACHMENT_ROOT = "/srv/support/attachments"


class Attachment(BaseModel):
    filename: str
    content_b64: str


class TicketIn(BaseModel):
    subject: str
    body: str
    attachments: Optional[List[Attachment]] = None


class AttachmentDAO:
    def __init__(self, root: str = ATTACHMENT_ROOT):
        self.root = root

    def write(self, ticket_id: str, filename: str, data: bytes) -> str:
        folder = os.path.join(self.root, ticket_id)
        os.makedirs(folder, exist_ok=True)
        path = folder + os.sep + filename
        with open(path, "wb") as fh:
            fh.write(data)
        return path


dao = AttachmentDAO()


def new_ticket_id() -> str:
    return datetime.utcnow().strftime("T%Y%m%d%H%M%S%f")


@app.post("/tickets", status_code=201)
def create_ticket(ticket: TicketIn):
    ticket_id = new_ticket_id()
    stored = []
    for att in ticket.attachments or []:
        data = base64.b64decode(att.content_b64)
        dao.write(ticket_id, att.filename, data)
        stored.append(att.filename)
    return {"id": ticket_id, "subject": ticket.subject, "attachments": stored}
