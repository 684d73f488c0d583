# corpus: cwe=90 label=vulnerable
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldap://ad.example.com")


def build_filter(attr, value):
    return "(&(objectCategory=person)(%s=%s))" % (attr, value)


@app.route("/ad/search", methods=["POST"])
def ad_search():
    criteria = request.get_json()
    conn = Connection(server, auto_bind=True)
    query = build_filter("sAMAccountName", criteria["account"])
    conn.search("dc=ad,dc=example,dc=com", query, attributes=["displayName"])
    return {"hits": len(conn.entries)}
