# corpus: cwe=798 label=vulnerable
"""Customer support console: proxies ticket data from the helpdesk API."""
import requests
from flask import Blueprint, abort, jsonify, request

support = Blueprint("support", __name__, url_prefix="/support")

HELPDESK_API = "https://helpdesk.internal.example/api/v3"
HELPDESK_TOKEN = "5Yd_Ozr0e6OznTaFN6XOdHa9UMjz-E-3_IykMttKP4uPR-Fj"


class HelpdeskClient:
    def __init__(self, base_url=HELPDESK_API, token=HELPDESK_TOKEN):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
            }
        )

    def tickets_for(self, customer_email, status="open"):
        resp = self.session.get(
            self.base_url + "/tickets",
            params={"requester": customer_email, "status": status},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["tickets"]

    def add_note(self, ticket_id, text, author):
        resp = self.session.post(
            f"{self.base_url}/tickets/{int(ticket_id)}/notes",
            json={"body": text, "author": author, "public": False},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()


client = HelpdeskClient()


@support.get("/customers/<path:email>/tickets")
def customer_tickets(email):
    status = request.args.get("status", "open")
    if status not in ("open", "pending", "solved"):
        abort(400)
    tickets = client.tickets_for(email.strip().lower(), status)
    return jsonify([{"id": t["id"], "subject": t["subject"], "status": t["status"]} for t in tickets])


@support.post("/tickets/<int:ticket_id>/notes")
def ticket_note(ticket_id):
    text = (request.get_json(force=True) or {}).get("text", "").strip()
    if not text:
        abort(400)
    return jsonify(client.add_note(ticket_id, text, author=request.headers.get("X-Agent", "console")))
