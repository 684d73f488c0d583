# corpus: cwe=295 label=vulnerable
"""Push the edge application's logrotate policy to every node over SFTP."""
import argparse
import logging
import os
from concurrent.futures import ThreadPoolExecutor

import paramiko

log = logging.getLogger("push-logrotate")

REMOTE_POLICY = "/etc/logrotate.d/edge-app"


class EdgeNode:
    def __init__(self, host, user="deploy", key_path=None):
        self.host = host
        self.user = user
        self.key_path = key_path or os.path.expanduser("~/.ssh/id_ed25519")

    def connect(self):
        client = paramiko.SSHClient()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        client.connect(self.host, username=self.user, key_filename=self.key_path, timeout=10)
        return client

    def push_policy(self, local_policy):
        client = self.connect()
        try:
            sftp = client.open_sftp()
            sftp.put(local_policy, REMOTE_POLICY + ".new")
            sftp.posix_rename(REMOTE_POLICY + ".new", REMOTE_POLICY)
            sftp.close()
            return self.host, 0, ""
        except (IOError, paramiko.SSHException) as exc:
            return self.host, 1, str(exc)
        finally:
            client.close()


def read_inventory(path):
    with open(path) as fh:
        return [line.strip() for line in fh if line.strip() and not line.startswith("#")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("inventory")
    parser.add_argument("--policy", default="deploy/logrotate/edge-app")
    parser.add_argument("--parallel", type=int, default=8)
    args = parser.parse_args()

    nodes = [EdgeNode(h) for h in read_inventory(args.inventory)]
    with ThreadPoolExecutor(max_workers=args.parallel) as pool:
        for host, code, err in pool.map(lambda n: n.push_policy(args.policy), nodes):
            if code:
                log.error("%s failed (%s): %s", host, code, err)
            else:
                log.info("%s updated", host)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
