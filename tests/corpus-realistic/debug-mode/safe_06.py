# corpus: cwe=489 label=safe
"""Library catalogue API."""
from functools import lru_cache
from typing import List, Optional

from fastapi import Depends, FastAPI, HTTPException, Query
from pydantic import BaseModel
from pydantic_settings import BaseSettings
from sqlalchemy.orm import Session

from .database import SessionLocal
from .models import Book as BookRow


class Settings(BaseSettings):
    app_name: str = "Catalogue"
    debug: bool = False
    page_limit: int = 100


@lru_cache
def get_settings():
    return Settings()


class Book(BaseModel):
    id: int
    isbn: str
    title: str
    author: str
    year: Optional[int] = None


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


settings = get_settings()
app = FastAPI(title=settings.app_name, version="2.3.0", debug=settings.debug)


@app.get("/books", response_model=List[Book])
def search_books(
    author: Optional[str] = None,
    limit: int = Query(20, ge=1),
    db: Session = Depends(get_db),
):
    q = db.query(BookRow)
    if author:
        q = q.filter(BookRow.author.ilike("%" + author.strip() + "%"))
    return q.order_by(BookRow.title).limit(min(limit, settings.page_limit)).all()


@app.get("/books/{isbn}", response_model=Book)
def get_book(isbn: str, db: Session = Depends(get_db)):
    row = db.query(BookRow).filter(BookRow.isbn == isbn.replace("-", "")).first()
    if row is None:
        raise HTTPException(status_code=404, detail="book not found")
    return row
