# corpus: cwe=918 label=vulnerable
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/link-preview", methods=["POST"])
def link_preview():
    link = request.json.get("link")
    page = requests.get(link, timeout=3, allow_redirects=True)
    title = page.text.split("<title>")[-1].split("</title>")[0]
    return jsonify(title=title)
