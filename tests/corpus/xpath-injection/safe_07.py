# corpus: cwe=643 label=safe
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
CATALOG = etree.parse("/srv/catalog/products.xml")
BY_COLOR = etree.XPath("//product[@color=$color]/@sku")


@app.get("/products")
def products(color: str = "red"):
    return {"skus": [str(n) for n in BY_COLOR(CATALOG, color=color)]}
