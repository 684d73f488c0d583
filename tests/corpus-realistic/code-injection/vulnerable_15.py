# corpus: cwe=94 label=vulnerable
import os

from flask import Blueprint, abort, jsonify, request
from werkzeug.utils import secure_filename

plugins_bp = Blueprint("plugins", __name__, url_prefix="/plugins")

PLUGIN_DIR = os.environ.get("PLUGIN_DIR", "/var/lib/app/plugins")
REGISTRY = {}


class PluginAPI:
    def __init__(self, name):
        self.name = name
        self.hooks = {}

    def hook(self, event):
        def decorator(fn):
            self.hooks[event] = fn
            return fn
        return decorator


def install(name, source):
    api = PluginAPI(name)
    module_globals = {"__name__": f"plugins.{name}", "plugin": api}
    exec(compile(source, f"<plugin {name}>", "exec"), module_globals)
    REGISTRY[name] = api
    return sorted(api.hooks)


@plugins_bp.route("/upload", methods=["POST"])
def upload_plugin():
    upload = request.files.get("plugin")
    if upload is None:
        abort(400)
    filename = secure_filename(upload.filename or "")
    if not filename.endswith(".py"):
        abort(415)
    source = upload.read().decode("utf-8")
    with open(os.path.join(PLUGIN_DIR, filename), "w", encoding="utf-8") as fh:
        fh.write(source)
    hooks = install(filename[:-3], source)
    return jsonify(installed=filename[:-3], hooks=hooks)
