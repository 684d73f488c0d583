# corpus: cwe=295 label=safe
import certifi
import requests


class BillingClient:
    def __init__(self, base_url, token):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + token
        self.session.verify = certifi.where()

    def invoices(self, customer_id):
        resp = self.session.get(self.base_url + "/customers/%s/invoices" % customer_id, timeout=10)
        resp.raise_for_status()
        return resp.json()
