"""Deliberately vulnerable Flask app used as a scanner fixture.

Never run or deploy this code: every flaw listed in README.md is intentional.
"""
import base64
import os
import pickle
import shutil
import subprocess

from flask import Flask, abort, jsonify, request

import db
import utils

app = Flask(__name__)
app.register_blueprint(db.bp)


@app.route("/health")
def health():
    return jsonify(status="ok")


@app.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    # FLAW: command injection (os.system with request data)
    status = os.system("ping -c 1 " + host)
    return jsonify(host=host, reachable=status == 0)


@app.route("/backup", methods=["POST"])
def backup():
    name = request.form["name"]
    # FLAW: command injection (shell=True with request data)
    subprocess.run("tar czf /tmp/" + name + ".tgz /srv/data", shell=True, check=False)
    return jsonify(archive=name + ".tgz")


@app.route("/disk")
def disk():
    # Clean: no subprocess needed at all.
    usage = shutil.disk_usage("/srv/data")
    return jsonify(total=usage.total, free=usage.free)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    # FLAW: code injection (eval of request data)
    return jsonify(result=eval(expr))


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    if raw is None:
        return jsonify(items=[])
    # FLAW: unsafe deserialization (pickle of a client cookie)
    items = pickle.loads(base64.b64decode(raw))
    return jsonify(items=items)


@app.route("/settings", methods=["POST"])
def settings():
    cfg = utils.load_settings(request.get_data(as_text=True))
    return jsonify(cfg)


@app.route("/login", methods=["POST"])
def login():
    user = db.get_user(request.form["username"])
    if user is None or not utils.check_password(request.form["password"], user["pw_hash"]):
        abort(401)
    return jsonify(token=utils.new_session_token())


if __name__ == "__main__":
    # FLAW: Werkzeug debugger enabled (remote code execution if exposed)
    app.run(debug=True)
