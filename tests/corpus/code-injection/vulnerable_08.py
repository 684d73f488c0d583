# corpus: cwe=95 label=vulnerable
"""Tiny debugging shell for the batch worker."""
import traceback


def shell(context):
    while True:
        line = input("worker> ")
        if line in ("quit", "exit"):
            break
        try:
            exec(line, context)
        except Exception:
            traceback.print_exc()
