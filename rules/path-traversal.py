# Test cases for rules/path-traversal.yaml (semgrep --test).
import os
import pathlib
import re
import shutil
import sys
import uuid

from fastapi import FastAPI, Request
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import safe_join, secure_filename

app = Flask(__name__)
api = FastAPI()

BASE_DIR = "/srv/app/files"
UPLOAD_DIR = "/srv/app/uploads"
REPORTS = pathlib.Path("/srv/app/reports")
ALLOWED_DOCS = {"terms.txt", "privacy.txt"}
TEMPLATES = {"invoice": "invoice.tpl", "receipt": "receipt.tpl"}


@app.route("/read")
def read_file():
    name = request.args.get("name")
    # ruleid: python-path-traversal
    with open(os.path.join(BASE_DIR, name)) as fh:
        return fh.read()


@app.route("/report")
def report():
    report_id = request.args.get("report", "latest")
    # ruleid: python-path-traversal
    return send_file(f"/srv/app/reports/{report_id}.pdf")


@app.route("/upload", methods=["POST"])
def upload():
    doc = request.files["doc"]
    # ruleid: python-path-traversal
    doc.save(os.path.join(UPLOAD_DIR, doc.filename))
    return "stored"


@app.route("/backup", methods=["POST"])
def backup():
    src = request.form["path"]
    # ruleid: python-path-traversal
    shutil.copy(src, "/var/backups/app/")
    return "ok"


@app.route("/delete", methods=["POST"])
def delete():
    target = os.path.join(UPLOAD_DIR, request.get_json()["file"])
    # ruleid: python-path-traversal
    os.remove(target)
    return "deleted"


@app.route("/page")
def page():
    page_name = request.cookies.get("page", "home")
    # ruleid: python-path-traversal
    return (REPORTS / page_name).read_text()


@app.route("/blocklist")
def blocklist_only():
    name = request.values.get("f", "")
    if ".." in name:
        app.logger.warning("suspicious name %s", name)
    # ruleid: python-path-traversal
    return send_file(os.path.join(BASE_DIR, name))


@app.route("/prefix")
def prefix_not_normalized():
    path = os.path.join(BASE_DIR, request.args["p"])
    if not path.startswith(BASE_DIR):
        abort(403)
    # ruleid: python-path-traversal
    return open(path).read()


def django_download(request):
    fname = request.GET.get("file")
    # ruleid: python-path-traversal
    fh = open("/srv/app/exports/" + fname, "rb")
    return fh


@api.get("/logs")
async def logs(request: Request):
    log = request.query_params["log"]
    # ruleid: python-path-traversal
    return pathlib.Path("/var/log/app", log).open().read()


def cli_cleanup():
    # ruleid: python-path-traversal
    shutil.rmtree(sys.argv[1])


def cli_remove():
    name = input("file to remove: ")
    # ruleid: python-path-traversal
    os.unlink(os.path.join(UPLOAD_DIR, name))


# ---- safe variants -------------------------------------------------------


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    doc = request.files["doc"]
    # ok: python-path-traversal
    doc.save(os.path.join(UPLOAD_DIR, secure_filename(doc.filename)))
    return "stored"


@app.route("/read-basename")
def read_basename():
    name = os.path.basename(request.args.get("name", ""))
    # ok: python-path-traversal
    with open(os.path.join(BASE_DIR, name)) as fh:
        return fh.read()


@app.route("/legal")
def legal():
    doc = request.args.get("doc", "")
    if doc not in ALLOWED_DOCS:
        abort(404)
    # ok: python-path-traversal
    return send_file(os.path.join(BASE_DIR, doc))


@app.route("/safe-join")
def with_safe_join():
    path = safe_join(BASE_DIR, request.args["name"])
    if path is None:
        abort(404)
    # ok: python-path-traversal
    return send_file(path)


@app.route("/static-file")
def static_file():
    # ok: python-path-traversal
    return send_from_directory(BASE_DIR, request.args["name"])


@app.route("/realpath")
def realpath_checked():
    full = os.path.realpath(os.path.join(BASE_DIR, request.args["p"]))
    if not full.startswith(BASE_DIR + os.sep):
        abort(403)
    # ok: python-path-traversal
    return open(full).read()


@app.route("/resolved")
def resolved_checked():
    target = (REPORTS / request.args["p"]).resolve()
    if target.is_relative_to(REPORTS):
        # ok: python-path-traversal
        return target.read_text()
    return "no", 403


@app.route("/regex")
def regex_checked():
    name = request.args.get("name", "")
    if not re.fullmatch(r"[a-z0-9_-]{1,40}\.txt", name):
        abort(400)
    # ok: python-path-traversal
    return open(os.path.join(BASE_DIR, name)).read()


@app.route("/template")
def template_lookup():
    tpl = TEMPLATES.get(request.args.get("kind"), "invoice.tpl")
    # ok: python-path-traversal
    return open(os.path.join(BASE_DIR, tpl)).read()


@app.route("/generated", methods=["POST"])
def generated_name():
    data = request.files["doc"].read()
    path = os.path.join(UPLOAD_DIR, uuid.uuid4().hex)
    # ok: python-path-traversal
    with open(path, "wb") as fh:
        fh.write(data)
    return "ok"


@app.route("/overwrite")
def overwritten():
    name = request.args.get("name")
    name = "default.txt"
    # ok: python-path-traversal
    return open(os.path.join(BASE_DIR, name)).read()


@app.route("/dead")
def dead_branch():
    name = request.args.get("name")
    if False:
        # ok: python-path-traversal
        os.remove(os.path.join(BASE_DIR, name))
    return "ok"


@app.route("/log-only")
def log_only():
    name = request.args.get("name")
    app.logger.info("requested %s", name)
    # ok: python-path-traversal
    return open(os.path.join(BASE_DIR, "index.txt")).read()


@app.route("/docs/<path:docpath>")
def docs(docpath):
    # ruleid: python-path-traversal
    return send_file(os.path.join(BASE_DIR, "docs", docpath))


@api.get("/exports")
def exports(name: str):
    # ruleid: python-path-traversal
    return open(f"/srv/app/exports/{name}").read()


@app.route("/users/<int:uid>/avatar")
def avatar(uid):
    # ok: python-path-traversal
    return send_file(os.path.join(BASE_DIR, "avatars", "%d.png" % uid))


@app.route("/static-legacy/<path:unused>")
def static_legacy(unused):
    # ruleid: python-path-traversal
    return open("/srv/app/static" + request.path).read()


@app.route("/count-lines")
def count_lines():
    name = request.args["name"]
    # ruleid: python-path-traversal
    return str(len(open(os.path.join(BASE_DIR, name)).readlines()))


@app.route("/page-number")
def page_number():
    page = int(request.args.get("page", "1"))
    # ok: python-path-traversal
    return open(os.path.join(BASE_DIR, "page-%d.html" % page)).read()


@app.route("/anchored")
def anchored_match():
    name = request.args.get("name", "")
    if not re.match(r"[\w-]+\.txt$", name):
        abort(400)
    # ok: python-path-traversal
    return open(os.path.join(BASE_DIR, name)).read()


@app.route("/unanchored")
def unanchored_search():
    name = request.args.get("name", "")
    if re.search(r"\.txt$", name):
        # ruleid: python-path-traversal
        return open(os.path.join(BASE_DIR, name)).read()
    abort(400)


# ---- rule pack v2: helpers, uploads, framework responses, precision ------

from fastapi.responses import FileResponse  # noqa: E402
from PIL import Image  # noqa: E402


def read_note(folder, name):
    with open(os.path.join(BASE_DIR, folder, name)) as fh:
        return fh.read()


@app.route("/notes")
def notes():
    # ruleid: python-path-traversal
    return read_note("public", request.args["name"])


def store(upload, folder):
    destination = os.path.join(folder, upload.filename)
    upload.save(destination)
    return destination


@app.route("/store", methods=["POST"])
def store_view():
    # ruleid: python-path-traversal
    return store(request.files["doc"], UPLOAD_DIR)


@api.get("/download/{name}")
def download(name: str):
    # ruleid: python-path-traversal
    return FileResponse(os.path.join(BASE_DIR, name))


@app.route("/thumbnail")
def thumbnail():
    # ruleid: python-path-traversal
    return str(Image.open(os.path.join(UPLOAD_DIR, request.args["img"])).size)


def resolve_inside(base, name):
    candidate = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([candidate, base]) != base:
        abort(404)
    return candidate


@app.route("/checked-helper")
def checked_helper():
    path = resolve_inside(BASE_DIR, request.args["name"])
    # ok: python-path-traversal
    return open(path).read()


@app.route("/report/<int:number>")
def numbered(number):
    # ok: python-path-traversal
    return open(os.path.join(BASE_DIR, "report-%d.pdf" % number), "rb").read()


@app.route("/ids")
def by_id():
    # A value formatted with %d only is digits.
    # ok: python-path-traversal
    return open(os.path.join(BASE_DIR, "%05d.txt" % int(request.args["id"]))).read()
