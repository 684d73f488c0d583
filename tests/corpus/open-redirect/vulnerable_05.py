# corpus: cwe=601 label=vulnerable
from flask import Flask, redirect, request

app = Flask(__name__)
PARTNER_BASE = "https://partners.example.org/"


def build_target(partner, path):
    return "https://%s.example.org/%s" % (partner, path)


@app.route("/partner")
def partner_link():
    partner = request.args.get("p", "www")
    path = request.args.get("path", "")
    return redirect(build_target(partner, path))
