# corpus: cwe=90 label=vulnerable
from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)
directory = Server("ldaps://dc1.corp.example.com", get_info=ALL)


@app.route("/directory/lookup")
def lookup():
    email = request.args.get("email", "")
    conn = Connection(directory, user="cn=reader,dc=corp", password="s3cret", auto_bind=True)
    conn.search("dc=corp,dc=example,dc=com", "(mail=" + email + ")", attributes=["cn", "title"])
    return jsonify([entry.entry_to_json() for entry in conn.entries])
