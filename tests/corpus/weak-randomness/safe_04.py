# corpus: cwe=338 label=safe
import random

from flask import Flask, jsonify

app = Flask(__name__)
PLAYLIST = ["intro.mp3", "theme.mp3", "ballad.mp3", "finale.mp3"]


@app.get("/radio/shuffle")
def shuffled_playlist():
    tracks = list(PLAYLIST)
    random.shuffle(tracks)
    return jsonify(tracks=tracks)
