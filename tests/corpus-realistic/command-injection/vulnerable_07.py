# corpus: cwe=78 label=vulnerable
import re
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)

FIELD_RE = re.compile(r"^\s*([A-Za-z][A-Za-z \-]+):\s*(.+)$")
INTERESTING = {"registrar", "creation date", "registry expiry date", "name server"}


def whois_fields(text):
    fields = {}
    for line in text.splitlines():
        match = FIELD_RE.match(line)
        if not match:
            continue
        key, value = match.group(1).strip().lower(), match.group(2).strip()
        if key in INTERESTING:
            fields.setdefault(key, []).append(value)
    return fields


def lookup(domain):
    return subprocess.getoutput(f"whois {domain}")


@app.route("/tools/whois")
def whois():
    domain = request.args.get("domain", "").lower().strip(".")
    if "." not in domain:
        return jsonify(error="expected a domain name"), 400
    return jsonify(domain=domain, fields=whois_fields(lookup(domain)))
