# corpus: cwe=79 label=safe
"""Preview endpoint for the newsletter editor."""
from flask import Blueprint, jsonify, request
from jinja2 import DictLoader, Environment, select_autoescape

newsletter_bp = Blueprint("newsletter", __name__)

TEMPLATES = {
    "newsletter.html": """
<html>
  <body>
    <h1>{{ issue.title }}</h1>
    {% for section in issue.sections %}
      <section>
        <h2>{{ section.heading }}</h2>
        <div>{{ section.text }}</div>
      </section>
    {% endfor %}
    <footer>{{ footer }}</footer>
  </body>
</html>
""",
}

env = Environment(
    loader=DictLoader(TEMPLATES),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
)


class IssueDraft:
    def __init__(self, title, sections):
        self.title = title
        self.sections = sections

    @classmethod
    def from_payload(cls, payload):
        sections = []
        for raw in payload.get("sections", []):
            sections.append({
                "heading": str(raw.get("heading", "")).strip(),
                "text": str(raw.get("text", "")),
            })
        return cls(payload.get("title", "Untitled"), sections)


def render_issue(draft, footer="You are receiving this because you subscribed."):
    return env.get_template("newsletter.html").render(issue=draft, footer=footer)


@newsletter_bp.route("/newsletter/preview", methods=["POST"])
def preview():
    draft = IssueDraft.from_payload(request.get_json(force=True))
    if not draft.sections:
        return jsonify(error="at least one section is required"), 400
    return render_issue(draft), 200, {"Content-Type": "text/html"}
