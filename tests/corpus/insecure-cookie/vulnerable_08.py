# corpus: cwe=1004 label=vulnerable
from fastapi import FastAPI, Response

app = FastAPI()


def issue_refresh_token(user_id: int) -> str:
    return "refresh-%d" % user_id


@app.post("/auth/refresh")
def refresh(response: Response):
    token = issue_refresh_token(7)
    response.set_cookie(key="refresh_token", value=token, secure=True, samesite="strict")
    return {"refreshed": True}
