# corpus: cwe=94 label=safe
from fastapi import FastAPI, HTTPException, Query

app = FastAPI()


class TextTools:
    """Operations exposed through the /tools endpoint."""

    exposed = frozenset({"upper", "lower", "title", "reverse", "word_count", "slugify"})

    def upper(self, text):
        return text.upper()

    def lower(self, text):
        return text.lower()

    def title(self, text):
        return text.title()

    def reverse(self, text):
        return text[::-1]

    def word_count(self, text):
        return len(text.split())

    def slugify(self, text):
        return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())

    def _reset_cache(self):
        pass


tools = TextTools()


@app.get("/tools/{operation}")
def run_tool(operation: str, text: str = Query(..., max_length=10_000)):
    if operation not in TextTools.exposed:
        raise HTTPException(status_code=404, detail="unknown operation")
    method = getattr(tools, operation)
    return {"operation": operation, "result": method(text)}
