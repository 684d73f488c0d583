# corpus: cwe=78 label=safe
"""Transcode every video in an inbox folder to web-friendly MP4."""
import os
import subprocess
import sys
from pathlib import Path

INBOX = Path(os.environ.get("VIDEO_INBOX", "/srv/video/inbox"))
OUTBOX = Path(os.environ.get("VIDEO_OUTBOX", "/srv/video/web"))
CRF = os.environ.get("VIDEO_CRF", "23")
EXTENSIONS = {".mov", ".mkv", ".avi", ".mp4"}


def ffmpeg_argv(src: Path, dst: Path, crf: str = CRF) -> list:
    return [
        "ffmpeg", "-nostdin", "-y",
        "-i", str(src),
        "-c:v", "libx264", "-preset", "medium", "-crf", crf,
        "-c:a", "aac", "-b:a", "128k",
        "-movflags", "+faststart",
        str(dst),
    ]


def pending(inbox: Path):
    for path in sorted(inbox.iterdir()):
        if path.is_file() and path.suffix.lower() in EXTENSIONS:
            yield path


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    inbox = Path(argv[0]) if argv else INBOX
    OUTBOX.mkdir(parents=True, exist_ok=True)
    failures = 0
    for src in pending(inbox):
        dst = OUTBOX / (src.stem + ".mp4")
        result = subprocess.run(ffmpeg_argv(src, dst), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if result.returncode == 0:
            print(f"ok   {src.name}")
        else:
            failures += 1
            print(f"fail {src.name}: {result.stderr.decode(errors='replace').splitlines()[-1:]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
