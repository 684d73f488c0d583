# corpus: cwe=611 label=vulnerable
"""Identity-provider metadata upload for the admin console."""
from dataclasses import dataclass, field

from flask import Blueprint, current_app, jsonify, request
from lxml import etree

sso_admin = Blueprint("sso_admin", __name__, url_prefix="/admin/sso")

MD_NS = "urn:oasis:names:tc:SAML:2.0:metadata"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"


@dataclass
class IdpMetadata:
    entity_id: str
    sso_urls: list = field(default_factory=list)
    certificates: list = field(default_factory=list)


def _metadata_parser():
    return etree.XMLParser(no_network=False, resolve_entities=True, dtd_validation=False)


def _read_metadata(stream):
    tree = etree.parse(stream, _metadata_parser())
    root = tree.getroot()
    meta = IdpMetadata(entity_id=root.get("entityID", ""))
    for svc in root.iter("{%s}SingleSignOnService" % MD_NS):
        meta.sso_urls.append((svc.get("Binding"), svc.get("Location")))
    for cert in root.iter("{%s}X509Certificate" % DS_NS):
        meta.certificates.append("".join((cert.text or "").split()))
    return meta


@sso_admin.route("/metadata", methods=["POST"])
def upload_metadata():
    upload = request.files.get("metadata")
    if upload is None or not upload.filename:
        return jsonify(error="no file"), 400

    meta = _read_metadata(upload.stream)
    if not meta.entity_id:
        return jsonify(error="entityID missing"), 422

    current_app.logger.info("loaded IdP metadata for %s", meta.entity_id)
    return jsonify(
        entity_id=meta.entity_id,
        endpoints=[{"binding": b, "location": loc} for b, loc in meta.sso_urls],
        certificate_count=len(meta.certificates),
    )
