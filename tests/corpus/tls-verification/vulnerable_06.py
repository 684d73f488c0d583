# corpus: cwe=295 label=vulnerable
import paramiko


def run_remote(host, command, key_path="/etc/deploy/id_ed25519"):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy", key_filename=key_path, timeout=10)
    try:
        _, stdout, _ = client.exec_command(command)
        return stdout.read().decode()
    finally:
        client.close()
