# corpus: cwe=643 label=vulnerable
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
CATALOG = etree.parse("/srv/catalog/products.xml")


@app.get("/products")
def products(color: str = "red"):
    nodes = CATALOG.getroot().xpath("//product[@color='" + color + "']/@sku")
    return {"skus": [str(n) for n in nodes]}
