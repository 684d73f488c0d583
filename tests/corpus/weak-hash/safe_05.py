# corpus: cwe=328 label=safe
import hashlib
import secrets

from .models import ApiToken, db


def issue_api_token(user):
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    db.session.add(ApiToken(user_id=user.id, digest=digest))
    db.session.commit()
    return token
