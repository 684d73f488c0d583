# corpus: cwe=502 label=safe
from flask import Flask, request
from marshmallow import Schema, ValidationError, fields

app = Flask(__name__)


class SettingsSchema(Schema):
    theme = fields.Str(required=True)
    page_size = fields.Int(load_default=20)


@app.post("/api/import")
def import_settings():
    try:
        settings = SettingsSchema().load(request.get_json())
    except ValidationError as err:
        return {"errors": err.messages}, 400
    return {"imported": sorted(settings)}
