# corpus: cwe=489 label=safe
"""Tornado service that streams parking sensor occupancy."""
import json

import tornado.ioloop
import tornado.web
from tornado.options import define, options, parse_command_line

from .sensors import SensorRegistry

define("port", default=8888, type=int, help="listen port")
define("sensor_map", default="sensors.json", help="sensor mapping file")
define("debug", default=False, type=bool, help="enable tornado debug mode")


class BaseHandler(tornado.web.RequestHandler):
    def initialize(self, registry):
        self.registry = registry

    def write_json(self, payload, status=200):
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(payload))


class LotsHandler(BaseHandler):
    def get(self):
        self.write_json({"lots": [lot.summary() for lot in self.registry.lots()]})


class LotHandler(BaseHandler):
    def get(self, lot_id):
        lot = self.registry.lot(lot_id)
        if lot is None:
            self.write_json({"error": "unknown lot"}, status=404)
            return
        self.write_json({"lot": lot.summary(), "bays": [bay.state() for bay in lot.bays]})


def make_app(registry):
    deps = {"registry": registry}
    return tornado.web.Application(
        [
            (r"/lots", LotsHandler, deps),
            (r"/lots/([a-z0-9-]+)", LotHandler, deps),
        ],
        debug=options.debug,
        autoreload=False,
        serve_traceback=False,
        compress_response=True,
    )


if __name__ == "__main__":
    parse_command_line()
    make_app(SensorRegistry.from_file(options.sensor_map)).listen(options.port)
    tornado.ioloop.IOLoop.current().start()
