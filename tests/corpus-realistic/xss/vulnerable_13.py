# corpus: cwe=79 label=vulnerable
"""Embeddable share cards for public playlists."""
from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from jinja2 import Template

app = FastAPI()

CARD = Template(
    """<div class="card">
  <h3>{{ title }}</h3>
  <p>curated by {{ owner }}</p>
  <ul>{% for track in tracks %}<li>{{ track }}</li>{% endfor %}</ul>
</div>"""
)

PLAYLISTS = {
    "p1": {"owner": "dj_kat", "tracks": ["Intro", "Night Drive", "Outro"]},
}


def load_playlist(playlist_id: str) -> dict:
    playlist = PLAYLISTS.get(playlist_id)
    if playlist is None:
        raise HTTPException(status_code=404, detail="playlist not found")
    return playlist


@app.get("/embed/{playlist_id}/{title}", response_class=HTMLResponse)
def embed(playlist_id: str, title: str, max_tracks: int = 5):
    playlist = load_playlist(playlist_id)
    tracks = playlist["tracks"][:max_tracks]
    html = CARD.render(title=title.replace("-", " "), owner=playlist["owner"], tracks=tracks)
    return HTMLResponse(content=html)
