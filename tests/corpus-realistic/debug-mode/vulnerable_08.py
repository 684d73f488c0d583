# corpus: cwe=489 label=vulnerable
"""Starlette app exposing the build artefact index."""
import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

ARTEFACT_ROOT = Path(os.environ.get("ARTEFACT_ROOT", "/srv/artefacts"))


def describe(path):
    stat = path.stat()
    return {"name": path.name, "size": stat.st_size, "modified": int(stat.st_mtime)}


async def list_builds(request):
    project = request.path_params["project"]
    if project not in {p.name for p in ARTEFACT_ROOT.iterdir() if p.is_dir()}:
        raise HTTPException(status_code=404, detail="unknown project")
    builds = sorted((ARTEFACT_ROOT / project).glob("*.tar.gz"), reverse=True)
    return JSONResponse({"project": project, "builds": [describe(b) for b in builds[:50]]})


async def projects(request):
    names = sorted(p.name for p in ARTEFACT_ROOT.iterdir() if p.is_dir())
    return JSONResponse({"projects": names})


routes = [
    Route("/projects", projects),
    Route("/projects/{project}/builds", list_builds),
    Mount("/download", app=StaticFiles(directory=str(ARTEFACT_ROOT)), name="download"),
]

app = Starlette(debug=True, routes=routes)
