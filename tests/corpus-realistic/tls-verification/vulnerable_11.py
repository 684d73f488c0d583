# corpus: cwe=295 label=vulnerable
"""Fetch nightly exports from the partner's SFTP server."""
import logging
import os
import stat
import sys

import paramiko

log = logging.getLogger("sftp-fetch")

REMOTE_DIR = "/outgoing/exports"
LOCAL_DIR = os.environ.get("EXPORT_INBOX", "inbox")


def open_sftp(host, port, user, key_file):
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.WarningPolicy())
    ssh.connect(hostname=host, port=port, username=user, key_filename=key_file, timeout=20)
    return ssh, ssh.open_sftp()


def new_files(sftp, already_have):
    for entry in sftp.listdir_attr(REMOTE_DIR):
        if stat.S_ISREG(entry.st_mode) and entry.filename.endswith(".csv.gz"):
            if entry.filename not in already_have:
                yield entry.filename


def fetch(sftp, names):
    os.makedirs(LOCAL_DIR, exist_ok=True)
    fetched = []
    for name in names:
        sftp.get(REMOTE_DIR + "/" + name, os.path.join(LOCAL_DIR, os.path.basename(name)))
        fetched.append(name)
    return fetched


def main():
    host = os.environ.get("PARTNER_SFTP_HOST", "sftp.partner.example")
    port = int(os.environ.get("PARTNER_SFTP_PORT", "22"))
    ssh, sftp = open_sftp(host, port, os.environ["PARTNER_SFTP_USER"], os.environ["PARTNER_SFTP_KEY"])
    try:
        have = set(os.listdir(LOCAL_DIR)) if os.path.isdir(LOCAL_DIR) else set()
        fetched = fetch(sftp, new_files(sftp, have))
    finally:
        sftp.close()
        ssh.close()
    log.info("fetched %d files", len(fetched))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
