# corpus: cwe=89 label=safe
import os
from datetime import datetime
from typing import List, Optional

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import DateTime, String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

engine = create_engine(os.environ.get("ACCOUNTS_DB", "sqlite:///accounts.db"))
app = FastAPI()


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    joined_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class MemberOut(BaseModel):
    id: int
    email: str
    display_name: str


class MemberQuery(BaseModel):
    email: Optional[EmailStr] = None
    name_prefix: Optional[str] = None


def get_session():
    with Session(engine) as session:
        yield session


def query_members(session: Session, q: MemberQuery) -> List[Member]:
    stmt = select(Member)
    if q.email:
        stmt = stmt.where(Member.email == q.email)
    if q.name_prefix:
        stmt = stmt.where(Member.display_name.startswith(q.name_prefix))
    return list(session.scalars(stmt.order_by(Member.display_name).limit(100)))


@app.post("/members/search", response_model=List[MemberOut])
def search_members(q: MemberQuery, session: Session = Depends(get_session)):
    if not (q.email or q.name_prefix):
        raise HTTPException(status_code=400, detail="give an email or a name prefix")
    return [MemberOut(id=m.id, email=m.email, display_name=m.display_name) for m in query_members(session, q)]
