# corpus: cwe=377 label=safe
"""Render a site map graph with Graphviz and write it next to the docs build."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

SHARED_TEMP_ROOTS = ("/tmp/", "/var/tmp/", "/dev/shm/")


def check_output_dir(path):
    real = os.path.realpath(path) + os.sep
    if real.startswith(SHARED_TEMP_ROOTS):
        raise SystemExit("refusing to publish into a world-writable directory: %s" % path)
    return os.path.realpath(path)


def build_dot(pages):
    lines = ["digraph sitemap {", "  rankdir=LR;"]
    for page, links in pages.items():
        for target in links:
            lines.append('  "%s" -> "%s";' % (page.replace('"', ""), target.replace('"', "")))
    lines.append("}")
    return "\n".join(lines)


def render(dot_source, out_path):
    workdir = tempfile.mkdtemp(prefix="sitemap-")
    try:
        dot_file = os.path.join(workdir, "sitemap.dot")
        with open(dot_file, "w", encoding="utf-8") as fh:
            fh.write(dot_source)
        subprocess.run(["dot", "-Tsvg", dot_file, "-o", os.path.join(workdir, "sitemap.svg")], check=True)
        shutil.move(os.path.join(workdir, "sitemap.svg"), out_path)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--out-dir", default="docs/_build/html")
    args = parser.parse_args(argv)
    out_dir = check_output_dir(args.out_dir)
    pages = {"index": ["about", "pricing", "docs"], "docs": ["install", "api"], "api": ["auth"]}
    render(build_dot(pages), os.path.join(out_dir, "sitemap.svg"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
