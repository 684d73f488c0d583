# corpus: cwe=90 label=safe
"""Helpdesk tool: update a colleague's phone and office details in the directory."""
import ldap
from flask import Flask, abort, jsonify, request, session
from ldap.dn import escape_dn_chars

app = Flask(__name__)
app.config.from_object("selfservice.settings")

EDITABLE = {"phone": "telephoneNumber", "office": "roomNumber", "mobile": "mobile"}


class DirectoryWriter:
    def __init__(self, uri, bind_dn, password, people_base):
        self.uri = uri
        self.bind_dn = bind_dn
        self.password = password
        self.people_base = people_base

    def user_dn(self, uid):
        return "uid=%s,%s" % (escape_dn_chars(uid), self.people_base)

    def update(self, uid, changes):
        mods = [(ldap.MOD_REPLACE, attr, [value.encode("utf-8")]) for attr, value in changes.items()]
        conn = ldap.initialize(self.uri)
        try:
            conn.simple_bind_s(self.bind_dn, self.password)
            conn.modify_s(self.user_dn(uid), mods)
        finally:
            conn.unbind_s()


def writer():
    cfg = app.config
    return DirectoryWriter(cfg["LDAP_URI"], cfg["LDAP_ADMIN_DN"], cfg["LDAP_ADMIN_PW"], cfg["PEOPLE_BASE"])


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
    try:
        writer().update(uid, changes)
    except ldap.NO_SUCH_OBJECT:
        abort(404)
    return jsonify(updated=sorted(changes))
