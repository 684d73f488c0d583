# corpus: cwe=501 label=vulnerable
"""Organisation switcher for the analytics dashboard (FastAPI)."""
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from starlette.middleware.sessions import SessionMiddleware

from .auth import current_user
from .repo import dashboards_for_org, org_by_slug
from .settings import SESSION_SECRET

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=SESSION_SECRET)
router = APIRouter(prefix="/orgs")


def active_org(request: Request):
    slug = request.session.get("org_slug")
    if slug is None:
        raise HTTPException(status_code=409, detail="select an organisation first")
    return slug


@router.post("/{org_slug}/activate")
def activate(org_slug: str, request: Request, user=Depends(current_user)):
    org = org_by_slug(org_slug)
    if org is None:
        raise HTTPException(status_code=404, detail="no such organisation")
    request.session["org_slug"] = org_slug
    request.session["org_name"] = org.name
    return {"active": org.name}


@router.get("/current/dashboards")
def dashboards(org_slug: str = Depends(active_org), user=Depends(current_user)):
    return {"org": org_slug, "dashboards": dashboards_for_org(org_slug)}


app.include_router(router)
