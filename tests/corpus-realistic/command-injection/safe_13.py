# corpus: cwe=78 label=safe
import logging
import os
import shlex
import subprocess

from celery import Celery

app = Celery("archiver", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/1"))
log = logging.getLogger(__name__)

ARCHIVE_DIR = "/srv/archives"
PROJECTS_DIR = "/srv/projects"


def archive(project_path, archive_name):
    """Create a compressed tarball of a project directory."""
    dest = os.path.join(ARCHIVE_DIR, archive_name)
    argv = ["tar", "-czf", dest, "-C", project_path, "."]
    log.info("running: %s", shlex.join(argv))
    result = subprocess.run(argv, stderr=subprocess.PIPE)
    if result.returncode != 0:
        log.error("tar failed: %s", result.stderr.decode(errors="ignore"))
    return dest


@app.task(bind=True, max_retries=3)
def archive_project(self, project_slug, requested_by, label="snapshot"):
    root = os.path.realpath(PROJECTS_DIR)
    project_path = os.path.realpath(os.path.join(root, project_slug))
    if not project_path.startswith(root + os.sep) or not os.path.isdir(project_path):
        log.warning("%s asked for invalid project %s", requested_by, project_slug)
        return None
    safe_label = "".join(c for c in label if c.isalnum() or c in "-_")[:32] or "snapshot"
    archive_name = f"{os.path.basename(project_path)}-{safe_label}.tar.gz"
    try:
        return archive(project_path, archive_name)
    except OSError as exc:
        raise self.retry(exc=exc, countdown=30)
