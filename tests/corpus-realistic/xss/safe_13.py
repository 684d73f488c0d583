# corpus: cwe=79 label=safe
"""Embeddable share cards for public playlists."""
from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse
from jinja2 import Environment

app = FastAPI()

_env = Environment(autoescape=True)
CARD = _env.from_string(
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


@app.get("/embed/{playlist_id}.txt", response_class=PlainTextResponse)
def embed_text(playlist_id: str, title: str = ""):
    playlist = load_playlist(playlist_id)
    lines = [f"{title or playlist_id} by {playlist['owner']}"] + playlist["tracks"]
    return PlainTextResponse("\n".join(lines))
