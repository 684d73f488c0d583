# corpus: cwe=918 label=vulnerable
"""Fleet dashboard: poll a device's status endpoint on demand."""
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

STATUS_PORT = 8081
TIMEOUT = (2, 5)


class DeviceClient:
    def __init__(self, host, port=STATUS_PORT, scheme="http"):
        self.base = f"{scheme}://{host}:{port}"

    def status(self):
        resp = requests.get(f"{self.base}/status", timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def reboot(self):
        return requests.post(f"{self.base}/reboot", timeout=TIMEOUT).ok


@app.route("/devices/poll", methods=["POST"])
def poll_device():
    payload = request.get_json(force=True)
    device = payload.get("device", {})
    client = DeviceClient(device["address"], port=int(device.get("port", STATUS_PORT)))
    try:
        data = client.status()
    except requests.RequestException as exc:
        return jsonify(error=str(exc)), 502
    return jsonify(online=True, firmware=data.get("firmware"), uptime=data.get("uptime"))
