# Test cases for rules/xxe.yaml (semgrep --test).
import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes, feature_namespaces
from xml.dom import minidom
from xml.etree import ElementTree as ET

import defusedxml.ElementTree as DET
import defusedxml.minidom
from flask import Flask, request
from lxml import etree, objectify

app = Flask(__name__)

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)

# ruleid: python-xxe-parser-resolves-entities
UNSAFE_PARSER = etree.XMLParser(resolve_entities=True)


@app.route("/import", methods=["POST"])
def import_xml():
    # ruleid: python-xxe-untrusted-xml
    doc = etree.fromstring(request.data)
    return doc.tag


@app.route("/upload", methods=["POST"])
def upload():
    # ruleid: python-xxe-untrusted-xml
    tree = etree.parse(request.files["file"])
    return tree.getroot().tag


@app.route("/unsafe-parser", methods=["POST"])
def unsafe_parser():
    # ruleid: python-xxe-parser-resolves-entities
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    # ruleid: python-xxe-untrusted-xml
    root = etree.fromstring(request.get_data(), parser)
    return root.tag


@app.route("/minidom", methods=["POST"])
def mini():
    body = request.form["xml"]
    # ruleid: python-xxe-untrusted-xml
    dom = minidom.parseString(body)
    return dom.documentElement.tagName


@app.route("/etree", methods=["POST"])
def std_etree():
    # ruleid: python-xxe-untrusted-xml
    root = ET.fromstring(request.get_data(as_text=True))
    return root.tag


@app.route("/sax", methods=["POST"])
def sax():
    parser = xml.sax.make_parser()
    # ruleid: python-xxe-parser-resolves-entities
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    # ruleid: python-xxe-untrusted-xml
    parser.parse(request.files["doc"])
    return "ok"


def django_view(request):
    parser = ET.XMLParser()
    # ruleid: python-xxe-untrusted-xml
    parser.feed(request.body)
    return parser.close()


# ---- safe variants -------------------------------------------------------


@app.route("/import-safe", methods=["POST"])
def import_safe():
    # ok: python-xxe-untrusted-xml
    doc = etree.fromstring(request.data, SAFE_PARSER)
    return doc.tag


@app.route("/import-local-parser", methods=["POST"])
def import_local_parser():
    # ok: python-xxe-parser-resolves-entities
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    # ok: python-xxe-untrusted-xml
    return etree.fromstring(request.data, parser=parser).tag


@app.route("/defused", methods=["POST"])
def defused():
    # ok: python-xxe-untrusted-xml
    root = DET.fromstring(request.data)
    # ok: python-xxe-untrusted-xml
    dom = defusedxml.minidom.parseString(request.form["xml"])
    return root.tag + dom.documentElement.tagName


def load_config():
    # ok: python-xxe-untrusted-xml, python-xxe-untrusted-xml
    tree = ET.parse("/etc/app/config.xml")
    # ok: python-xxe-untrusted-xml
    schema = etree.parse("/etc/app/schema.xsd")
    return tree, schema


@app.route("/sax-safe", methods=["POST"])
def sax_safe():
    parser = xml.sax.make_parser()
    # ok: python-xxe-parser-resolves-entities
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    return "ok"


@app.route("/dead", methods=["POST"])
def dead():
    data = request.data
    if False:
        # ok: python-xxe-untrusted-xml
        etree.fromstring(data)
    return "ok"


@app.route("/overwritten", methods=["POST"])
def overwritten():
    data = request.data
    data = b"<root/>"
    # ok: python-xxe-untrusted-xml
    return ET.fromstring(data).tag


@app.route("/html-snippet", methods=["POST"])
def html_snippet():
    # ok: python-xxe-untrusted-xml
    doc = etree.fromstring(request.form["html"], etree.HTMLParser())
    return doc.tag


@app.route("/objectify", methods=["POST"])
def objectify_upload():
    # ruleid: python-xxe-untrusted-xml
    cfg = objectify.fromstring(request.data)
    # ruleid: python-xxe-untrusted-xml
    raw = etree.XML(request.get_data())
    return str(cfg.tag) + raw.tag


def parser_factory():
    # ruleid: python-xxe-parser-resolves-entities
    strict = etree.XMLParser(resolve_entities=True, no_network=True)
    # ruleid: python-xxe-parser-resolves-entities
    obj = objectify.makeparser(resolve_entities=True)
    # ok: python-xxe-parser-resolves-entities
    pretty = etree.XMLParser(remove_blank_text=True)
    # ok: python-xxe-parser-resolves-entities
    offline = etree.XMLParser(resolve_entities=False, no_network=False)
    # ok: python-xxe-parser-resolves-entities
    plain = etree.XMLParser(resolve_entities=False)
    return strict, obj, pretty, offline, plain


def sax_readers():
    first = xml.sax.make_parser()
    # ruleid: python-xxe-parser-resolves-entities
    first.setFeature(feature_external_pes, True)
    second = xml.sax.make_parser()
    # ruleid: python-xxe-parser-resolves-entities
    second.setFeature("http://xml.org/sax/features/external-general-entities", True)
    third = xml.sax.make_parser()
    # ruleid: python-xxe-parser-resolves-entities
    third.setFeature(feature_external_ges, 1)
    # ok: python-xxe-parser-resolves-entities
    third.setFeature(feature_namespaces, True)
    # ok: python-xxe-parser-resolves-entities
    third.setFeature(feature_external_pes, False)
    return first, second, third


# ---- rule pack v2: helpers, parser options, precision --------------------

import xmltodict  # noqa: E402

# parser options kept in a dict
# ruleid: python-xxe-parser-resolves-entities
PARSER_OPTIONS = {"resolve_entities": True, "no_network": True}


def parse_upload(blob):
    return etree.fromstring(blob)


@app.route("/import-helper", methods=["POST"])
def import_helper():
    # ruleid: python-xxe-untrusted-xml
    return str(parse_upload(request.data).tag)


def to_dict(body, entities=True):
    # ruleid: python-xxe-parser-resolves-entities
    return xmltodict.parse(body, disable_entities=not entities)


def make_reader(follow=True):
    reader = xml.sax.make_parser()
    # ruleid: python-xxe-parser-resolves-entities
    reader.setFeature(feature_external_ges, follow)
    return reader


LEGACY_DTD = False


def legacy_parser():
    if LEGACY_DTD:
        # ok: python-xxe-parser-resolves-entities
        return etree.XMLParser(resolve_entities=True)
    return etree.XMLParser(resolve_entities=False, no_network=True)


@app.route("/import-defused", methods=["POST"])
def import_defused():
    # ok: python-xxe-untrusted-xml
    return str(DET.fromstring(request.data).tag)
