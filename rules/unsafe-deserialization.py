# Test cases for rules/unsafe-deserialization.yaml (semgrep --test).
import base64
import hashlib
import hmac
import json
import marshal
import pickle
import shelve

import joblib
import jsonpickle
import msgpack
import numpy
import torch
import yaml
from flask import Flask, request
from yaml import CSafeLoader, SafeLoader

app = Flask(__name__)
SIGNING_KEY = b"change-me"


@app.route("/session", methods=["POST"])
def restore_session():
    blob = base64.b64decode(request.form["state"])
    # ruleid: python-pickle-deserialization
    return str(pickle.loads(blob))


def load_cache(path):
    with open(path, "rb") as fh:
        # ruleid: python-pickle-deserialization
        return pickle.load(fh)


def load_prefs(user):
    # ruleid: python-pickle-deserialization
    db = shelve.open("/var/lib/app/prefs-" + user)
    return dict(db)


@app.route("/import", methods=["POST"])
def import_objects():
    # ruleid: python-pickle-deserialization
    return str(jsonpickle.decode(request.data))


def load_code(blob):
    # ruleid: python-marshal-deserialization
    return marshal.loads(blob)


def load_code_file(path):
    with open(path, "rb") as fh:
        # ruleid: python-marshal-deserialization
        return marshal.load(fh)


def load_compiled(fh):
    # ruleid: python-marshal-deserialization
    code = marshal.load(fh)
    return code


@app.route("/config", methods=["POST"])
def upload_config():
    # ruleid: python-yaml-unsafe-load
    cfg = yaml.load(request.data)
    return str(cfg)


def read_manifest(text):
    # ruleid: python-yaml-unsafe-load
    return yaml.load(text, Loader=yaml.Loader)


def read_legacy(text):
    # ruleid: python-yaml-unsafe-load
    return yaml.unsafe_load(text)


def read_all(stream):
    # ruleid: python-yaml-unsafe-load
    return list(yaml.load_all(stream, yaml.UnsafeLoader))


def load_checkpoint(path):
    # ruleid: python-pickle-deserialization
    return torch.load(path, map_location="cpu")


def load_model(path):
    # ruleid: python-pickle-deserialization
    return joblib.load(path)


@app.route("/array", methods=["POST"])
def load_array():
    # ruleid: python-pickle-deserialization
    return str(numpy.load(request.files["arr"], allow_pickle=True))


def read_full(text):
    # ruleid: python-yaml-unsafe-load
    return yaml.load(text, Loader=yaml.FullLoader)


# ---- safe variants -------------------------------------------------------


@app.route("/session-safe", methods=["POST"])
def restore_session_safe():
    # ok: python-pickle-deserialization
    return json.loads(request.form["state"])


def save_cache(path, obj):
    with open(path, "wb") as fh:
        # ok: python-pickle-deserialization
        pickle.dump(obj, fh)


def sign(obj):
    # ok: python-pickle-deserialization
    payload = pickle.dumps(obj)
    return hmac.new(SIGNING_KEY, payload, hashlib.sha256).hexdigest()


def dump_code(code):
    # ok: python-marshal-deserialization
    return marshal.dumps(code)


def dump_json(obj):
    # ok: python-marshal-deserialization
    return json.dumps(obj)


def load_json(text):
    # ok: python-marshal-deserialization
    return json.loads(text)


@app.route("/config-safe", methods=["POST"])
def upload_config_safe():
    # ok: python-yaml-unsafe-load
    return str(yaml.safe_load(request.data))


def read_manifest_safe(text):
    # ok: python-yaml-unsafe-load
    return yaml.load(text, Loader=yaml.SafeLoader)


def read_manifest_fast(text):
    # ok: python-yaml-unsafe-load
    return yaml.load(text, Loader=CSafeLoader)


def read_all_safe(stream):
    # ok: python-yaml-unsafe-load
    return list(yaml.load_all(stream, SafeLoader))


def write_manifest(data):
    # ok: python-yaml-unsafe-load
    return yaml.safe_dump(data)


def load_checkpoint_safe(path):
    # ok: python-pickle-deserialization
    return torch.load(path, map_location="cpu", weights_only=True)


@app.route("/array-safe", methods=["POST"])
def load_array_safe():
    # ok: python-pickle-deserialization
    return str(numpy.load(request.files["arr"]))


def load_message(blob):
    # ok: python-pickle-deserialization, python-marshal-deserialization
    return msgpack.unpackb(blob, raw=False)


def load_signed(blob, signature):
    expected = hmac.new(SIGNING_KEY, blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise ValueError("bad signature")
    # ok: python-pickle-deserialization
    return pickle.loads(blob)


def load_if_signed(blob, signature):
    expected = hmac.new(SIGNING_KEY, blob, hashlib.sha256).hexdigest()
    if hmac.compare_digest(expected, signature):
        # ok: python-pickle-deserialization
        return pickle.loads(blob)
    return None


# ---- rule pack v2: data the program made itself --------------------------

DEFAULTS = {"theme": "light", "page_size": 20}
_DEFAULTS_BLOB = pickle.dumps(DEFAULTS)
SHELF_PATH = "/var/lib/app/index.db"


def fresh_defaults():
    # A pickle this module made from its own constants.
    # ok: python-pickle-deserialization
    return pickle.loads(_DEFAULTS_BLOB)


def copy_defaults():
    # ok: python-pickle-deserialization
    return pickle.loads(pickle.dumps(DEFAULTS))


def open_index():
    # The application's own shelf at a fixed path.
    # ok: python-pickle-deserialization
    return shelve.open(SHELF_PATH)


def open_user_shelf(name):
    # ruleid: python-pickle-deserialization
    return shelve.open("/var/lib/app/" + name)
