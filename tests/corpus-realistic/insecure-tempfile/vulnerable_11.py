# corpus: cwe=377 label=vulnerable
"""Deploy helper: remembers the last released version between runs."""
import argparse
import json
import subprocess
import sys
from pathlib import Path

STATE_DIR = Path("/tmp") / "deployer"
STATE_FILE = STATE_DIR / "state.json"


def load_state():
    try:
        return json.loads(STATE_FILE.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {"releases": []}


def save_state(state):
    STATE_DIR.mkdir(parents=True, exist_ok=True)
    STATE_FILE.write_text(json.dumps(state, indent=2))


def current_commit():
    out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def deploy(environment, commit):
    cmd = ["ansible-playbook", "deploy.yml", "-e", "env=" + environment, "-e", "commit=" + commit]
    return subprocess.run(cmd).returncode


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("environment", choices=["staging", "production"])
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)

    state = load_state()
    commit = current_commit()
    last = next((r for r in reversed(state["releases"]) if r["env"] == args.environment), None)
    if last and last["commit"] == commit and not args.force:
        print("%s already at %s" % (args.environment, commit[:10]))
        return 0

    code = deploy(args.environment, commit)
    if code == 0:
        state["releases"].append({"env": args.environment, "commit": commit})
        save_state(state)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
