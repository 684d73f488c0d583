# corpus: cwe=489 label=safe
"""Starlette app exposing the build artefact index."""
from pathlib import Path

from starlette.applications import Starlette
from starlette.config import Config
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.routing import Route

config = Config(".env")

DEBUG = config("DEBUG", cast=bool, default=False)
ARTEFACT_ROOT = config("ARTEFACT_ROOT", cast=Path, default=Path("/srv/artefacts"))


def describe(path):
    stat = path.stat()
    return {"name": path.name, "size": stat.st_size, "modified": int(stat.st_mtime)}


def known_projects():
    return {p.name for p in ARTEFACT_ROOT.iterdir() if p.is_dir()}


async def list_builds(request):
    project = request.path_params["project"]
    if project not in known_projects():
        raise HTTPException(status_code=404, detail="unknown project")
    builds = sorted((ARTEFACT_ROOT / project).glob("*.tar.gz"), reverse=True)
    return JSONResponse({"project": project, "builds": [describe(b) for b in builds[:50]]})


async def projects(request):
    return JSONResponse({"projects": sorted(known_projects())})


app = Starlette(
    debug=DEBUG,
    routes=[
        Route("/projects", projects),
        Route("/projects/{project}/builds", list_builds),
    ],
)
