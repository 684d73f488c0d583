# corpus: cwe=489 label=vulnerable
"""Entry point for the photo gallery service (served by gunicorn: gallery.app:app)."""
import os

from flask import Flask, abort, render_template, send_from_directory

from .albums import AlbumIndex

MEDIA_DIR = os.environ.get("GALLERY_MEDIA", "/srv/gallery/media")

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["GALLERY_SECRET_KEY"]
app.config["MAX_CONTENT_LENGTH"] = 20 * 1024 * 1024
app.config["DEBUG"] = True
app.config["THUMBNAIL_SIZES"] = [(200, 200), (800, 800)]

albums = AlbumIndex(MEDIA_DIR)


@app.route("/")
def index():
    return render_template("index.html", albums=albums.list())


@app.route("/albums/<slug>")
def album(slug):
    entry = albums.get(slug)
    if entry is None:
        abort(404)
    return render_template("album.html", album=entry, photos=entry.photos)


@app.route("/media/<slug>/<path:filename>")
def media(slug, filename):
    entry = albums.get(slug)
    if entry is None:
        abort(404)
    return send_from_directory(entry.directory, filename)
