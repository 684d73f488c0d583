# corpus: cwe=78 label=safe
"""Interactive helper for support staff to tail a service's journal."""
import subprocess
import sys

SERVICES = ["api", "worker", "scheduler", "web"]


def choose_service():
    print("Services:")
    for i, name in enumerate(SERVICES, 1):
        print(f"  {i}. {name}")
    answer = input("Service (number or name): ").strip()
    if answer.isdigit() and 1 <= int(answer) <= len(SERVICES):
        return SERVICES[int(answer) - 1]
    if answer in SERVICES:
        return answer
    raise SystemExit(f"unknown service {answer!r}")


def ask_lines(default=100):
    raw = input(f"Lines [{default}]: ").strip()
    return int(raw) if raw.isdigit() else default


def main():
    service = choose_service()
    lines = ask_lines()
    pattern = input("Filter (text to look for, empty for none): ").strip().lower()
    journal = subprocess.run(
        ["journalctl", "-u", f"app-{service}.service", "-n", str(lines), "--no-pager"],
        capture_output=True,
        text=True,
    )
    for line in journal.stdout.splitlines():
        if not pattern or pattern in line.lower():
            print(line)
    return journal.returncode


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (KeyboardInterrupt, EOFError):
        sys.exit(130)
