"""`python -m scangate`.

`python -m` puts the current folder first on sys.path. When that folder is the
project being scanned, its modules would shadow the standard library and run
inside scangate (Django's own `http/` package replaces `http`, for one). The
gate never executes the scanned project's code, so that entry goes first.
"""

import os
import sys

if sys.path and sys.path[0] in ("", os.getcwd()):
    del sys.path[0]

from scangate.entry import main  # after the sys.path fix, on purpose

main()
