# corpus: cwe=328 label=vulnerable
from Crypto.Hash import MD5
from flask import Flask, request

from .models import Admin

app = Flask(__name__)


def check_password(admin, candidate):
    return MD5.new(candidate.encode("utf-8")).hexdigest() == admin.password


@app.post("/admin/login")
def admin_login():
    admin = Admin.query.get_or_404(request.form["name"])
    return ("ok", 200) if check_password(admin, request.form["password"]) else ("no", 403)
