# corpus: cwe=79 label=safe
import bleach
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)
ALLOWED_TAGS = ["b", "i", "em", "strong", "a", "br"]


@app.route("/profile/preview", methods=["POST"])
def preview_profile():
    signature = request.form.get("signature", "")
    cleaned = bleach.clean(signature, tags=ALLOWED_TAGS, strip=True)
    return render_template("profile_preview.html", signature=Markup(cleaned))
