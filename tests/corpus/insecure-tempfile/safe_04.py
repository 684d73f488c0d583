# corpus: cwe=377 label=safe
import tempfile
from pathlib import Path


def render_pages(pages):
    outdir = Path(tempfile.mkdtemp(prefix="render-"))
    for number, html in enumerate(pages, 1):
        (outdir / ("page-%03d.html" % number)).write_text(html)
    return outdir
