# corpus: cwe=501 label=safe
"""Organisation switcher for the analytics dashboard (FastAPI)."""
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from starlette.middleware.sessions import SessionMiddleware

from .auth import current_user
from .repo import dashboards_for_org, membership

from .settings import SESSION_SECRET

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=SESSION_SECRET)
router = APIRouter(prefix="/orgs")


def active_org(request: Request):
    org_id = request.session.get("org_id")
    if org_id is None:
        raise HTTPException(status_code=409, detail="select an organisation first")
    return org_id


@router.post("/{org_slug}/activate")
def activate(org_slug: str, request: Request, user=Depends(current_user)):
    member = membership(user_id=user.id, org_slug=org_slug)
    if member is None:
        raise HTTPException(status_code=404, detail="no such organisation")
    request.session["org_id"] = member.org.id
    request.session["org_name"] = member.org.name
    request.session["org_role"] = member.role
    return {"active": member.org.name, "role": member.role}


@router.get("/current/dashboards")
def dashboards(org_id: int = Depends(active_org), user=Depends(current_user)):
    return {"org_id": org_id, "dashboards": dashboards_for_org(org_id)}


app.include_router(router)
