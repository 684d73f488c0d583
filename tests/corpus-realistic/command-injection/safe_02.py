# corpus: cwe=78 label=safe
import logging
import os
import shlex
import uuid

from flask import Blueprint, current_app, jsonify, request

backup_bp = Blueprint("backups", __name__)
log = logging.getLogger(__name__)

BACKUP_ROOT = os.environ.get("BACKUP_ROOT", "/var/backups/app")


def build_dump_command(database, label):
    target = os.path.join(BACKUP_ROOT, "%s-%s.sql.gz" % (label, uuid.uuid4().hex[:8]))
    command = "pg_dump --no-owner -- %s | gzip -9 > %s" % (shlex.quote(database), shlex.quote(target))
    return command, target


def run_backup(database, label="manual"):
    command, target = build_dump_command(database, label)
    log.info("starting backup: %s", command)
    status = os.system(command)
    return status == 0, target


@backup_bp.route("/admin/backups", methods=["POST"])
def create_backup():
    body = request.get_json(force=True)
    database = body.get("database", current_app.config.get("DEFAULT_DB", "app"))
    label = "".join(ch for ch in body.get("label", "manual") if ch.isalnum() or ch in "-_") or "manual"
    ok, target = run_backup(database, label=label)
    if not ok:
        return jsonify(ok=False), 500
    return jsonify(ok=True, file=os.path.basename(target))
