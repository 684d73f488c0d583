# corpus: cwe=328 label=safe
"""Public profile endpoints for the community forum."""
import hashlib
from typing import Optional
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

router = APIRouter(prefix="/profiles")

GRAVATAR_BASE = "https://www.gravatar.com/avatar/"


class Profile(BaseModel):
    username: str
    email: str
    bio: Optional[str] = None


_profiles = {
    "ada": Profile(username="ada", email="Ada@Example.org", bio="Analytical engines"),
    "grace": Profile(username="grace", email="grace@example.org"),
}


def gravatar_url(email: str, size: int = 80, default: str = "identicon") -> str:
    normalised = email.strip().lower().encode("utf-8")
    email_hash = hashlib.md5(normalised, usedforsecurity=False).hexdigest()
    return GRAVATAR_BASE + email_hash + "?" + urlencode({"s": size, "d": default})


@router.get("/{username}")
def get_profile(username: str, avatar_size: int = Query(80, ge=16, le=512)):
    profile = _profiles.get(username.lower())
    if profile is None:
        raise HTTPException(status_code=404, detail="no such user")
    return {
        "username": profile.username,
        "bio": profile.bio or "",
        "avatar": gravatar_url(profile.email, avatar_size),
    }
