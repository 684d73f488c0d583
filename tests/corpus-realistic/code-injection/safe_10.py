# corpus: cwe=94 label=safe
"""Edit the feature flags stored in a local JSON settings file."""
import ast
import json
import sys
from pathlib import Path

SETTINGS = Path("settings.json")
LEGACY_REPL = False


def load(path=SETTINGS):
    return json.loads(path.read_text()) if path.exists() else {"flags": {}}


def save(data, path=SETTINGS):
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def parse_value(raw):
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return raw


def prompt_loop(data):
    while True:
        line = input("flag=value (blank to finish): ").strip()
        if not line:
            return data
        if LEGACY_REPL:
            exec(line, {}, data["flags"])
            continue
        name, sep, raw = line.partition("=")
        if not sep:
            print("expected NAME=VALUE")
            continue
        data["flags"][name.strip()] = parse_value(raw.strip())


def main():
    data = load()
    for name, value in sorted(data["flags"].items()):
        print(f"{name} = {value!r}")
    save(prompt_loop(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
