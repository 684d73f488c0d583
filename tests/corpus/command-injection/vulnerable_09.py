# corpus: cwe=78 label=vulnerable
"""Interactive provisioning tool run by operators."""
import os


def create_account():
    username = input("new username: ").strip()
    shell = input("login shell [/bin/bash]: ").strip() or "/bin/bash"
    os.system("useradd -m -s %s %s" % (shell, username))
    print("created", username)


if __name__ == "__main__":
    create_account()
