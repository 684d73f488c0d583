"""The `scangate` command's entry point: SIGTERM is an interrupt from the first moment.

CI runners stop a job with SIGTERM. Python's default is to die at once (exit
143), which during start-up (importing typer, rich, the adapters) would skip the
clean "interrupted" exit (130) that `scangate.commands.app.main` gives afterwards. So the
handler is installed here, before anything heavy is imported.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType

EXIT_INTERRUPTED = 130


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main() -> None:
    """Install the SIGTERM handler, then run the command line."""
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        from scangate.commands.app import main as cli_main
    except KeyboardInterrupt:
        print("scangate: error: interrupted; every scanner process was stopped", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    cli_main()
