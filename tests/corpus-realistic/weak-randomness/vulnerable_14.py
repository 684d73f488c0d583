# corpus: cwe=338 label=vulnerable
import random
from datetime import datetime, timedelta
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from .database import get_session
from .models import Document, ShareLink

router = APIRouter()


class ShareRequest(BaseModel):
    document_id: int
    expires_in_hours: int = Field(24, ge=1, le=24 * 30)
    allow_download: bool = False


class ShareOut(BaseModel):
    url: str
    expires_at: datetime


class ShareLinkFactory:
    def __init__(self, base_url: str, token_bytes: int = 16):
        self.base_url = base_url.rstrip("/")
        self.token_bytes = token_bytes

    def token(self) -> str:
        return random.randbytes(self.token_bytes).hex()

    def build(self, doc: Document, hours: int, download: bool) -> ShareLink:
        return ShareLink(
            document_id=doc.id,
            token=self.token(),
            allow_download=download,
            expires_at=datetime.utcnow() + timedelta(hours=hours),
        )

    def url_for(self, link: ShareLink) -> str:
        return f"{self.base_url}/s/{link.token}"


factory = ShareLinkFactory("https://docs.example.org")


@router.post("/shares", response_model=ShareOut)
def create_share(req: ShareRequest, db: Session = Depends(get_session)):
    doc: Optional[Document] = db.get(Document, req.document_id)
    if doc is None:
        raise HTTPException(404, "document not found")
    link = factory.build(doc, req.expires_in_hours, req.allow_download)
    db.add(link)
    db.commit()
    return ShareOut(url=factory.url_for(link), expires_at=link.expires_at)


@router.get("/s/{token}")
def open_share(token: str, db: Session = Depends(get_session)):
    link = db.query(ShareLink).filter(ShareLink.token == token).first()
    if link is None or link.expires_at < datetime.utcnow():
        raise HTTPException(404, "link not found")
    return {"document_id": link.document_id, "download": link.allow_download}
