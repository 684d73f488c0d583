# corpus: cwe=78 label=safe
import asyncio
import os
import re

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()

REPO_ROOT = os.environ.get("REPO_ROOT", "/srv/git")
REPO_NAME = re.compile(r"^[A-Za-z0-9._-]+$")


def repo_path(repo: str) -> str:
    if not REPO_NAME.match(repo) or repo.startswith("."):
        raise HTTPException(status_code=404, detail="no such repository")
    return os.path.join(REPO_ROOT, repo)


async def run_git(path: str, *args: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        "git", "-C", path, *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise HTTPException(status_code=502, detail=err.decode(errors="replace")[:500])
    return out.decode()


@app.get("/repos/{repo}/log")
async def repo_log(repo: str, ref: str = Query("HEAD"), limit: int = Query(20, le=200)):
    output = await run_git(repo_path(repo), "log", "--oneline", f"-n{limit}", "--end-of-options", ref)
    commits = []
    for line in output.splitlines():
        sha, _, subject = line.partition(" ")
        commits.append({"sha": sha, "subject": subject})
    return {"repo": repo, "ref": ref, "commits": commits}
