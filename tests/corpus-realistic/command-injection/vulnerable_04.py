# corpus: cwe=78 label=vulnerable
import asyncio
import os

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()

REPO_ROOT = os.environ.get("REPO_ROOT", "/srv/git")


async def run_git(repo: str, *args: str) -> str:
    cmd = "git -C {} {}".format(os.path.join(REPO_ROOT, repo), " ".join(args))
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise HTTPException(status_code=502, detail=err.decode(errors="replace")[:500])
    return out.decode()


@app.get("/repos/{repo}/log")
async def repo_log(repo: str, ref: str = Query("HEAD"), limit: int = Query(20, le=200)):
    output = await run_git(repo, "log", "--oneline", f"-n{limit}", ref)
    commits = []
    for line in output.splitlines():
        sha, _, subject = line.partition(" ")
        commits.append({"sha": sha, "subject": subject})
    return {"repo": repo, "ref": ref, "commits": commits}
