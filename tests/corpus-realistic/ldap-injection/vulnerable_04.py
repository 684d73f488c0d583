# corpus: cwe=90 label=vulnerable
"""Helpdesk tool: update a colleague's phone and office details in the directory."""
from flask import Flask, abort, jsonify, request, session
from ldap3 import MODIFY_REPLACE, Connection, Server

app = Flask(__name__)
app.config.from_object("selfservice.settings")

EDITABLE = {"phone": "telephoneNumber", "office": "roomNumber", "mobile": "mobile"}


class DirectoryWriter:
    def __init__(self, host, bind_dn, password, people_base):
        self.server = Server(host, use_ssl=True)
        self.bind_dn = bind_dn
        self.password = password
        self.people_base = people_base

    def user_dn(self, uid):
        return "uid=%s,%s" % (uid, self.people_base)

    def update(self, uid, changes):
        dn = self.user_dn(uid)
        mods = {attr: [(MODIFY_REPLACE, [value])] for attr, value in changes.items()}
        with Connection(self.server, self.bind_dn, self.password, auto_bind=True) as conn:
            conn.modify(dn, mods)
            return conn.result


def writer():
    cfg = app.config
    return DirectoryWriter(cfg["LDAP_HOST"], cfg["LDAP_ADMIN_DN"], cfg["LDAP_ADMIN_PW"], cfg["PEOPLE_BASE"])


@app.post("/helpdesk/users/<uid>/contact")
def update_contact(uid):
    if "helpdesk" not in session.get("roles", []):
        abort(403)
    body = request.get_json(force=True)
    changes = {
        EDITABLE[field]: str(value).strip()
        for field, value in body.items()
        if field in EDITABLE and value
    }
    if not changes:
        return jsonify(error="nothing to update"), 400
    result = writer().update(uid, changes)
    return jsonify(result=result.get("description"))
