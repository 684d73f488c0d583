# corpus: cwe=918 label=safe
"""Fleet dashboard: poll a registered device's status endpoint on demand."""
import requests
from flask import Flask, abort, jsonify, request

from .db import load_devices

app = Flask(__name__)

STATUS_PORT = 8081
TIMEOUT = (2, 5)


class DeviceClient:
    def __init__(self, host, port=STATUS_PORT):
        self.base = f"http://{host}:{port}"

    def status(self):
        resp = requests.get(f"{self.base}/status", timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()


def registered_device(device_id):
    devices = {d["id"]: d for d in load_devices()}
    return devices.get(device_id)


@app.route("/devices/poll", methods=["POST"])
def poll_device():
    payload = request.get_json(force=True)
    device = registered_device(str(payload.get("device_id", "")))
    if device is None:
        abort(404)
    client = DeviceClient(device["address"], port=device.get("port", STATUS_PORT))
    try:
        data = client.status()
    except requests.RequestException:
        return jsonify(online=False), 502
    return jsonify(online=True, firmware=data.get("firmware"), uptime=data.get("uptime"))
