# corpus: cwe=78 label=safe
import os
import subprocess
import tempfile

from flask import Flask, abort, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 20 * 1024 * 1024

ALLOWED_EXTENSIONS = {".docx", ".odt", ".rtf", ".txt"}


def allowed(filename):
    return os.path.splitext(filename)[1].lower() in ALLOWED_EXTENSIONS


def convert_to_pdf(src_path, out_dir):
    proc = subprocess.Popen(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", out_dir, src_path],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        proc.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None
    pdf = os.path.join(out_dir, os.path.splitext(os.path.basename(src_path))[0] + ".pdf")
    return pdf if proc.returncode == 0 and os.path.exists(pdf) else None


@app.route("/convert", methods=["POST"])
def convert():
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400)
    filename = secure_filename(upload.filename)
    if not filename or not allowed(filename):
        abort(415)
    workdir = tempfile.mkdtemp(prefix="convert-")
    src = os.path.join(workdir, filename)
    upload.save(src)
    pdf = convert_to_pdf(src, workdir)
    if pdf is None:
        abort(422)
    return send_file(pdf, mimetype="application/pdf", as_attachment=True)
