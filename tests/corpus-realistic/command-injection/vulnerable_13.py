# corpus: cwe=78 label=vulnerable
import logging
import os
import subprocess

from celery import Celery

app = Celery("archiver", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/1"))
log = logging.getLogger(__name__)

ARCHIVE_DIR = "/srv/archives"
PROJECTS_DIR = "/srv/projects"


def archive(project_path, archive_name):
    """Create a compressed tarball of a project directory."""
    dest = os.path.join(ARCHIVE_DIR, archive_name)
    result = subprocess.run(
        "tar -czf %s -C %s ." % (dest, project_path),
        shell=True,
        stderr=subprocess.PIPE,
    )
    if result.returncode != 0:
        log.error("tar failed: %s", result.stderr.decode(errors="ignore"))
    return dest


@app.task(bind=True, max_retries=3)
def archive_project(self, project_slug, requested_by, label="snapshot"):
    project_path = os.path.join(PROJECTS_DIR, project_slug)
    if not os.path.isdir(project_path):
        log.warning("%s asked for missing project %s", requested_by, project_slug)
        return None
    archive_name = f"{project_slug}-{label}.tar.gz"
    try:
        return archive(project_path, archive_name)
    except OSError as exc:
        raise self.retry(exc=exc, countdown=30)
