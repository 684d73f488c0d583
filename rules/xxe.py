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

# ruleid: python-xxe-lxml-resolve-entities
UNSAFE_PARSER = etree.XMLParser(resolve_entities=True)


@app.route("/import", methods=["POST"])
def import_xml():
    # ruleid: python-xxe-lxml-untrusted-default-parser
    doc = etree.fromstring(request.data)
    return doc.tag


@app.route("/upload", methods=["POST"])
def upload():
    # ruleid: python-xxe-lxml-untrusted-default-parser
    tree = etree.parse(request.files["file"])
    return tree.getroot().tag


@app.route("/unsafe-parser", methods=["POST"])
def unsafe_parser():
    # ruleid: python-xxe-lxml-resolve-entities
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    # ruleid: python-xxe-lxml-untrusted-default-parser
    root = etree.fromstring(request.get_data(), parser)
    return root.tag


@app.route("/minidom", methods=["POST"])
def mini():
    body = request.form["xml"]
    # ruleid: python-xml-stdlib-untrusted
    dom = minidom.parseString(body)
    return dom.documentElement.tagName


@app.route("/etree", methods=["POST"])
def std_etree():
    # ruleid: python-xml-stdlib-untrusted
    root = ET.fromstring(request.get_data(as_text=True))
    return root.tag


@app.route("/sax", methods=["POST"])
def sax():
    parser = xml.sax.make_parser()
    # ruleid: python-xxe-sax-external-entities
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    # ruleid: python-xml-stdlib-untrusted
    parser.parse(request.files["doc"])
    return "ok"


def django_view(request):
    parser = ET.XMLParser()
    # ruleid: python-xml-stdlib-untrusted
    parser.feed(request.body)
    return parser.close()


# ---- safe variants -------------------------------------------------------


@app.route("/import-safe", methods=["POST"])
def import_safe():
    # ok: python-xxe-lxml-untrusted-default-parser
    doc = etree.fromstring(request.data, SAFE_PARSER)
    return doc.tag


@app.route("/import-local-parser", methods=["POST"])
def import_local_parser():
    # ok: python-xxe-lxml-resolve-entities
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    # ok: python-xxe-lxml-untrusted-default-parser
    return etree.fromstring(request.data, parser=parser).tag


@app.route("/defused", methods=["POST"])
def defused():
    # ok: python-xml-stdlib-untrusted
    root = DET.fromstring(request.data)
    # ok: python-xml-stdlib-untrusted
    dom = defusedxml.minidom.parseString(request.form["xml"])
    return root.tag + dom.documentElement.tagName


def load_config():
    # ok: python-xml-stdlib-untrusted, python-xxe-lxml-untrusted-default-parser
    tree = ET.parse("/etc/app/config.xml")
    # ok: python-xxe-lxml-untrusted-default-parser
    schema = etree.parse("/etc/app/schema.xsd")
    return tree, schema


@app.route("/sax-safe", methods=["POST"])
def sax_safe():
    parser = xml.sax.make_parser()
    # ok: python-xxe-sax-external-entities
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    return "ok"


@app.route("/dead", methods=["POST"])
def dead():
    data = request.data
    if False:
        # ok: python-xxe-lxml-untrusted-default-parser
        etree.fromstring(data)
    return "ok"


@app.route("/overwritten", methods=["POST"])
def overwritten():
    data = request.data
    data = b"<root/>"
    # ok: python-xml-stdlib-untrusted
    return ET.fromstring(data).tag


@app.route("/html-snippet", methods=["POST"])
def html_snippet():
    # ok: python-xxe-lxml-untrusted-default-parser
    doc = etree.fromstring(request.form["html"], etree.HTMLParser())
    return doc.tag


@app.route("/objectify", methods=["POST"])
def objectify_upload():
    # ruleid: python-xxe-lxml-untrusted-default-parser
    cfg = objectify.fromstring(request.data)
    # ruleid: python-xxe-lxml-untrusted-default-parser
    raw = etree.XML(request.get_data())
    return str(cfg.tag) + raw.tag


def parser_factory():
    # ruleid: python-xxe-lxml-resolve-entities
    strict = etree.XMLParser(resolve_entities=True, no_network=True)
    # ruleid: python-xxe-lxml-resolve-entities
    obj = objectify.makeparser(resolve_entities=True)
    # ok: python-xxe-lxml-resolve-entities
    pretty = etree.XMLParser(remove_blank_text=True)
    # ok: python-xxe-lxml-resolve-entities
    offline = etree.XMLParser(resolve_entities=False, no_network=False)
    # ok: python-xxe-lxml-resolve-entities
    plain = etree.XMLParser(resolve_entities=False)
    return strict, obj, pretty, offline, plain


def sax_readers():
    first = xml.sax.make_parser()
    # ruleid: python-xxe-sax-external-entities
    first.setFeature(feature_external_pes, True)
    second = xml.sax.make_parser()
    # ruleid: python-xxe-sax-external-entities
    second.setFeature("http://xml.org/sax/features/external-general-entities", True)
    third = xml.sax.make_parser()
    # ruleid: python-xxe-sax-external-entities
    third.setFeature(feature_external_ges, 1)
    # ok: python-xxe-sax-external-entities
    third.setFeature(feature_namespaces, True)
    # ok: python-xxe-sax-external-entities
    third.setFeature(feature_external_pes, False)
    return first, second, third
