# corpus: cwe=377 label=safe
"""Cached PDF statements for the member area."""
import os
from datetime import date

from flask import Flask, abort, send_file
from flask_login import current_user, login_required

from .pdf import render_statement
from .statements import StatementService

app = Flask(__name__, instance_relative_config=True)
service = StatementService()


class StatementCache:
    def __init__(self, base):
        self.base = base
        os.makedirs(self.base, mode=0o750, exist_ok=True)

    def path_for(self, member_id, period):
        return os.path.join(self.base, "{}-{}.pdf".format(member_id, period.strftime("%Y-%m")))

    def get_or_build(self, member_id, period, builder):
        path = self.path_for(member_id, period)
        if not os.path.exists(path):
            partial = path + ".part"
            with open(partial, "wb") as fh:
                fh.write(builder())
            os.replace(partial, path)
        return path


cache = StatementCache(os.path.join(app.instance_path, "statement-cache"))


@app.route("/statements/<int:year>/<int:month>")
@login_required
def statement(year, month):
    try:
        period = date(year, month, 1)
    except ValueError:
        abort(404)
    member_id = current_user.member_id
    lines = service.lines_for(member_id, period)
    path = cache.get_or_build(member_id, period, lambda: render_statement(lines))
    return send_file(path, mimetype="application/pdf")
