# corpus: cwe=78 label=safe
"""Interactive provisioning tool run by operators."""
import subprocess


def create_account():
    username = input("new username: ").strip()
    subprocess.run(["useradd", "-m", "-s", "/bin/bash", "--", username], check=True)
    print("created", username)


if __name__ == "__main__":
    create_account()
