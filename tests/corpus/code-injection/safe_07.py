# corpus: cwe=95 label=safe
"""Run the job with setting overrides: python run.py '{"workers": 8}'"""
import json
import sys

DEFAULTS = {"workers": 2, "batch": 100}


def main():
    overrides = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    settings = {**DEFAULTS, **{k: int(v) for k, v in overrides.items() if k in DEFAULTS}}
    print("running with", settings)


if __name__ == "__main__":
    main()
