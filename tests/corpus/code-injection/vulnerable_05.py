# corpus: cwe=95 label=vulnerable
"""Run the job with setting overrides: python run.py "{'workers': 8}" """
import sys

DEFAULTS = {"workers": 2, "batch": 100}


def main():
    overrides = eval(sys.argv[1]) if len(sys.argv) > 1 else {}
    settings = {**DEFAULTS, **overrides}
    print("running with", settings)


if __name__ == "__main__":
    main()
