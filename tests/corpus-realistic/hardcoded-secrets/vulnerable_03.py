# corpus: cwe=798 label=vulnerable
from datetime import datetime
from typing import List

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import Column, DateTime, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

DATABASE_URL = "postgresql+psycopg2://inventory_app:FoPxqbmzFBhNr44RPXq01xaF@db.internal:5432/inventory"

engine = create_engine(DATABASE_URL, pool_pre_ping=True, pool_size=10)
SessionLocal = sessionmaker(bind=engine, autoflush=False)
Base = declarative_base()

app = FastAPI(title="inventory")


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    sku = Column(String(32), unique=True, nullable=False)
    name = Column(String(200), nullable=False)
    quantity = Column(Integer, default=0)
    updated_at = Column(DateTime, default=datetime.utcnow)


class ItemIn(BaseModel):
    sku: str
    name: str
    quantity: int = 0


class ItemOut(ItemIn):
    id: int

    class Config:
        orm_mode = True


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.get("/items", response_model=List[ItemOut])
def list_items(limit: int = 50, db: Session = Depends(get_db)):
    return db.query(Item).order_by(Item.sku).limit(min(limit, 500)).all()


@app.post("/items", response_model=ItemOut, status_code=201)
def create_item(body: ItemIn, db: Session = Depends(get_db)):
    if db.query(Item).filter(Item.sku == body.sku).first():
        raise HTTPException(409, "sku exists")
    item = Item(**body.dict())
    db.add(item)
    db.commit()
    db.refresh(item)
    return item
