# corpus: cwe=78 label=vulnerable
import os
import subprocess
import uuid
from typing import Literal

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()
OUTPUT_DIR = os.environ.get("RENDER_OUT", "/var/lib/renderer")


class RenderJob(BaseModel):
    source_url: str = Field(..., max_length=2048)
    fmt: Literal["pdf", "png"] = "pdf"
    page_size: str = "A4"


def renderer_script(job: RenderJob, target: str) -> str:
    return f"wkhtmltopdf --page-size {job.page_size} --quiet {job.source_url} {target}"


@app.post("/render")
def render(job: RenderJob):
    target = os.path.join(OUTPUT_DIR, f"{uuid.uuid4().hex}.{job.fmt}")
    result = subprocess.run(
        ["/bin/sh", "-c", renderer_script(job, target)],
        capture_output=True,
        timeout=60,
    )
    if result.returncode != 0:
        raise HTTPException(status_code=500, detail="render failed")
    return {"file": os.path.basename(target), "bytes": os.path.getsize(target)}
