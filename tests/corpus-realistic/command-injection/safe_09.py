# corpus: cwe=78 label=safe
import os
import subprocess
import uuid
from typing import Literal

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field, HttpUrl

app = FastAPI()
OUTPUT_DIR = os.environ.get("RENDER_OUT", "/var/lib/renderer")

RENDER_SCRIPT = 'wkhtmltopdf --page-size "$1" --quiet -- "$2" "$3"'
PAGE_SIZES = {"A4", "A3", "Letter", "Legal"}


class RenderJob(BaseModel):
    source_url: HttpUrl
    fmt: Literal["pdf", "png"] = "pdf"
    page_size: str = Field("A4")


@app.post("/render")
def render(job: RenderJob):
    if job.page_size not in PAGE_SIZES:
        raise HTTPException(status_code=422, detail="unsupported page size")
    target = os.path.join(OUTPUT_DIR, f"{uuid.uuid4().hex}.{job.fmt}")
    result = subprocess.run(
        ["/bin/sh", "-c", RENDER_SCRIPT, "render", job.page_size, str(job.source_url), target],
        capture_output=True,
        timeout=60,
    )
    if result.returncode != 0:
        raise HTTPException(status_code=500, detail="render failed")
    return {"file": os.path.basename(target), "bytes": os.path.getsize(target)}
