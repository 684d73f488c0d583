# corpus: cwe=78 label=safe
"""Summarise the changes on a release branch for the changelog."""
import argparse
import subprocess
import sys
from collections import Counter

CONVENTIONAL_TYPES = ("feat", "fix", "docs", "refactor", "perf", "test", "chore")


def commit_subjects(branch, base):
    argv = ["git", "log", "--no-merges", "--format=%s", "--end-of-options", f"{base}..{branch}"]
    output = subprocess.check_output(argv, text=True)
    return [line.strip() for line in output.splitlines() if line.strip()]


def classify(subjects):
    counts = Counter()
    grouped = {t: [] for t in CONVENTIONAL_TYPES}
    grouped["other"] = []
    for subject in subjects:
        kind = subject.split(":", 1)[0].split("(", 1)[0].lower()
        key = kind if kind in grouped else "other"
        grouped[key].append(subject)
        counts[key] += 1
    return grouped, counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("branch")
    parser.add_argument("--base", default="main")
    args = parser.parse_args(argv)

    grouped, counts = classify(commit_subjects(args.branch, args.base))
    for kind, subjects in grouped.items():
        if subjects:
            print(f"## {kind} ({counts[kind]})")
            print("\n".join("- " + s for s in subjects))
    return 0


if __name__ == "__main__":
    sys.exit(main())
