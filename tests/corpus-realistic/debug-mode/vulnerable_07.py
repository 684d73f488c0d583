# corpus: cwe=489 label=vulnerable
"""Library catalogue API."""
from typing import List, Optional

from fastapi import Depends, FastAPI, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .database import SessionLocal
from .models import Book as BookRow

app = FastAPI(title="Catalogue", version="2.3.0", debug=True)


class Book(BaseModel):
    id: int
    isbn: str
    title: str
    author: str
    year: Optional[int] = None

    class Config:
        orm_mode = True


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.get("/books", response_model=List[Book])
def search_books(
    author: Optional[str] = None,
    since: Optional[int] = Query(None, ge=1450),
    limit: int = Query(20, le=100),
    db: Session = Depends(get_db),
):
    q = db.query(BookRow)
    if author:
        q = q.filter(BookRow.author.ilike("%" + author.strip() + "%"))
    if since:
        q = q.filter(BookRow.year >= since)
    return q.order_by(BookRow.title).limit(limit).all()


@app.get("/books/{isbn}", response_model=Book)
def get_book(isbn: str, db: Session = Depends(get_db)):
    row = db.query(BookRow).filter(BookRow.isbn == isbn.replace("-", "")).first()
    if row is None:
        raise HTTPException(status_code=404, detail="book not found")
    return row
