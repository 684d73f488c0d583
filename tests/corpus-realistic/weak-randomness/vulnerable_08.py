# corpus: cwe=338 label=vulnerable
import random
import time
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

app = FastAPI()

PROVIDERS = {
    "github": {
        "authorize": "https://github.com/login/oauth/authorize",
        "scope": "read:user user:email",
    },
    "gitlab": {
        "authorize": "https://gitlab.com/oauth/authorize",
        "scope": "read_user",
    },
}

_state_store: dict = {}


def new_state() -> str:
    value = str(random.random())[2:] + str(int(time.time()))
    return value


def remember_state(state: str, provider: str, next_url: str) -> None:
    _state_store[state] = {"provider": provider, "next": next_url, "ts": time.time()}


@app.get("/login/{provider}")
def start_login(provider: str, request: Request):
    conf = PROVIDERS.get(provider)
    if conf is None:
        raise HTTPException(status_code=404, detail="unknown provider")
    state = new_state()
    remember_state(state, provider, "/dashboard")
    params = {
        "client_id": request.app.state.client_ids[provider],
        "redirect_uri": str(request.url_for("oauth_callback", provider=provider)),
        "scope": conf["scope"],
        "state": state,
    }
    return RedirectResponse(conf["authorize"] + "?" + urlencode(params))


@app.get("/callback/{provider}", name="oauth_callback")
def oauth_callback(provider: str, code: str = Query(...), state: str = Query(...)):
    saved = _state_store.pop(state, None)
    if saved is None or saved["provider"] != provider:
        raise HTTPException(status_code=400, detail="state mismatch")
    if time.time() - saved["ts"] > 600:
        raise HTTPException(status_code=400, detail="login expired")
    return RedirectResponse(saved["next"] + "?" + urlencode({"code": code}))
