# corpus: cwe=78 label=safe
import re
import subprocess

from fastapi import FastAPI, HTTPException, Path

app = FastAPI()

CONTAINER_PREFIX = "tenant-"
TENANT_ID = re.compile(r"[a-z0-9][a-z0-9-]{2,39}")


def container_name(tenant_id: str) -> str:
    if not TENANT_ID.fullmatch(tenant_id):
        raise HTTPException(status_code=404, detail="unknown tenant")
    return CONTAINER_PREFIX + tenant_id


def restart_container(name: str, timeout: int = 10) -> None:
    subprocess.check_call(f"docker restart -t {timeout} {name} > /dev/null", shell=True)


def container_state(name: str) -> str:
    out = subprocess.check_output(
        ["docker", "inspect", "--format", "{{.State.Status}}", name], text=True
    )
    return out.strip()


@app.post("/tenants/{tenant_id}/restart")
def restart(tenant_id: str = Path(..., min_length=3)):
    name = container_name(tenant_id)
    try:
        restart_container(name)
    except subprocess.CalledProcessError:
        raise HTTPException(status_code=502, detail="restart failed")
    return {"container": name, "state": container_state(name)}
