# corpus: cwe=502 label=vulnerable
"""Helm-like values upload for the deployment portal (FastAPI)."""
from typing import Any, Dict

import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile
from pydantic import BaseModel

app = FastAPI()


class DeploymentPlan(BaseModel):
    release: str
    replicas: int
    image: str
    env: Dict[str, str] = {}


def parse_values(text: str, loader=yaml.UnsafeLoader) -> Dict[str, Any]:
    values = yaml.load(text, Loader=loader)
    if not isinstance(values, dict):
        raise ValueError("values file must be a mapping")
    return values


def plan_from_values(release: str, values: Dict[str, Any]) -> DeploymentPlan:
    image = values.get("image", {})
    return DeploymentPlan(
        release=release,
        replicas=int(values.get("replicaCount", 1)),
        image="%s:%s" % (image.get("repository", "app"), image.get("tag", "latest")),
        env={str(k): str(v) for k, v in (values.get("env") or {}).items()},
    )


@app.post("/releases/{release}/plan", response_model=DeploymentPlan)
async def plan_release(release: str, values_file: UploadFile = File(...)):
    text = (await values_file.read()).decode("utf-8")
    try:
        values = parse_values(text)
    except (yaml.YAMLError, ValueError) as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return plan_from_values(release.lower(), values)
