# corpus: cwe=489 label=vulnerable
"""Tornado service that streams parking sensor occupancy."""
import json
import os

import tornado.ioloop
import tornado.web

from .sensors import SensorRegistry

registry = SensorRegistry.from_file(os.environ.get("SENSOR_MAP", "sensors.json"))


class BaseHandler(tornado.web.RequestHandler):
    def write_json(self, payload, status=200):
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(payload))


class LotsHandler(BaseHandler):
    def get(self):
        self.write_json({"lots": [lot.summary() for lot in registry.lots()]})


class LotHandler(BaseHandler):
    def get(self, lot_id):
        lot = registry.lot(lot_id)
        if lot is None:
            self.write_json({"error": "unknown lot"}, status=404)
            return
        self.write_json({"lot": lot.summary(), "bays": [bay.state() for bay in lot.bays]})


class ReadingHandler(BaseHandler):
    def post(self):
        reading = json.loads(self.request.body or b"{}")
        if not registry.record(reading.get("sensor"), bool(reading.get("occupied"))):
            self.write_json({"error": "unknown sensor"}, status=404)
            return
        self.write_json({"ok": True})


def make_app():
    return tornado.web.Application(
        [
            (r"/lots", LotsHandler),
            (r"/lots/([a-z0-9-]+)", LotHandler),
            (r"/readings", ReadingHandler),
        ],
        debug=True,
        compress_response=True,
    )


if __name__ == "__main__":
    make_app().listen(int(os.environ.get("PORT", "8888")))
    tornado.ioloop.IOLoop.current().start()
