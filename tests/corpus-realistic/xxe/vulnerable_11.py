# corpus: cwe=611 label=vulnerable
"""GPX track upload for the running-club app (FastAPI)."""
import math
import xml.sax
from xml.sax.handler import ContentHandler

from fastapi import FastAPI, File, UploadFile
from pydantic import BaseModel

app = FastAPI()


class TrackSummary(BaseModel):
    name: str = ""
    points: int = 0
    distance_km: float = 0.0


class GpxHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.coords = []
        self.name_parts = []
        self._in_name = False

    def startElement(self, name, attrs):
        if name == "trkpt":
            self.coords.append((float(attrs["lat"]), float(attrs["lon"])))
        elif name == "name":
            self._in_name = True

    def endElement(self, name):
        if name == "name":
            self._in_name = False

    def characters(self, content):
        if self._in_name:
            self.name_parts.append(content)


def haversine(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def summarize_gpx(data: bytes) -> TrackSummary:
    handler = GpxHandler()
    parser = xml.sax.make_parser()
    parser.setFeature("http://xml.org/sax/features/external-general-entities", True)
    parser.setContentHandler(handler)
    parser.feed(data)
    parser.close()
    dist = sum(haversine(p, q) for p, q in zip(handler.coords, handler.coords[1:]))
    return TrackSummary(
        name="".join(handler.name_parts).strip(),
        points=len(handler.coords),
        distance_km=round(dist, 2),
    )


@app.post("/tracks", response_model=TrackSummary)
async def upload_track(track: UploadFile = File(...)):
    return summarize_gpx(await track.read())
