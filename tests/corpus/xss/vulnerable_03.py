# corpus: cwe=79 label=vulnerable
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/profile/preview", methods=["POST"])
def preview_profile():
    signature = request.form.get("signature", "")
    rendered = Markup(signature.replace("\n", "<br>"))
    return render_template("profile_preview.html", signature=rendered)
