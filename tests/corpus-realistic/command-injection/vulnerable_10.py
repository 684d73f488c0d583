# corpus: cwe=78 label=vulnerable
"""Interactive helper for support staff to tail a service's journal."""
import os
import sys

SERVICES = ["api", "worker", "scheduler", "web"]


def choose_service():
    print("Services:")
    for i, name in enumerate(SERVICES, 1):
        print(f"  {i}. {name}")
    answer = input("Service (number or name): ").strip()
    if answer.isdigit() and 1 <= int(answer) <= len(SERVICES):
        return SERVICES[int(answer) - 1]
    return answer


def ask_lines(default=100):
    raw = input(f"Lines [{default}]: ").strip()
    return int(raw) if raw.isdigit() else default


def ask_filter():
    return input("Filter (grep pattern, empty for none): ").strip()


def main():
    service = choose_service()
    lines = ask_lines()
    pattern = ask_filter()
    command = "journalctl -u app-%s.service -n %d --no-pager" % (service, lines)
    if pattern:
        command += " | grep -i -- " + pattern
    status = os.system(command)
    return 0 if status == 0 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (KeyboardInterrupt, EOFError):
        sys.exit(130)
