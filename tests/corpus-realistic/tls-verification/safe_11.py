# corpus: cwe=295 label=safe
"""Fetch nightly exports from the partner's SFTP server, pinning its host key."""
import base64
import logging
import os
import stat
import sys

import paramiko

log = logging.getLogger("sftp-fetch")

REMOTE_DIR = "/outgoing/exports"
LOCAL_DIR = os.environ.get("EXPORT_INBOX", "inbox")


def pinned_host_key():
    key_type = os.environ.get("PARTNER_SFTP_HOSTKEY_TYPE", "ssh-ed25519")
    key_data = base64.b64decode(os.environ["PARTNER_SFTP_HOSTKEY"])
    if key_type == "ssh-ed25519":
        return key_type, paramiko.Ed25519Key(data=key_data)
    return key_type, paramiko.RSAKey(data=key_data)


def open_sftp(host, port, user, key_file):
    ssh = paramiko.SSHClient()
    key_type, host_key = pinned_host_key()
    entry = host if port == 22 else "[%s]:%d" % (host, port)
    ssh.get_host_keys().add(entry, key_type, host_key)
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=host, port=port, username=user, key_filename=key_file, timeout=20)
    return ssh, ssh.open_sftp()


def new_files(sftp, already_have):
    for entry in sftp.listdir_attr(REMOTE_DIR):
        if stat.S_ISREG(entry.st_mode) and entry.filename.endswith(".csv.gz") and entry.filename not in already_have:
            yield entry.filename


def main():
    host = os.environ.get("PARTNER_SFTP_HOST", "sftp.partner.example")
    port = int(os.environ.get("PARTNER_SFTP_PORT", "22"))
    ssh, sftp = open_sftp(host, port, os.environ["PARTNER_SFTP_USER"], os.environ["PARTNER_SFTP_KEY"])
    os.makedirs(LOCAL_DIR, exist_ok=True)
    fetched = 0
    try:
        for name in new_files(sftp, set(os.listdir(LOCAL_DIR))):
            sftp.get(REMOTE_DIR + "/" + name, os.path.join(LOCAL_DIR, os.path.basename(name)))
            fetched += 1
    finally:
        sftp.close()
        ssh.close()
    log.info("fetched %d files", fetched)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
