# corpus: cwe=377 label=vulnerable
"""Monthly usage report download for account owners."""
import csv
from datetime import date

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from .usage import UsageRepository

reports_bp = Blueprint("reports", __name__)
usage_repo = UsageRepository()

REPORT_HEADER = ["day", "api_calls", "storage_gb", "egress_gb"]


def month_bounds(year, month):
    start = date(year, month, 1)
    end = date(year + (month == 12), (month % 12) + 1, 1)
    return start, end


def render_rows(records):
    for rec in records:
        yield [rec.day.isoformat(), rec.api_calls, round(rec.storage_gb, 2), round(rec.egress_gb, 2)]


@reports_bp.route("/reports/usage/<int:year>/<int:month>.csv")
@login_required
def usage_report(year, month):
    if not 1 <= month <= 12:
        abort(404)
    start, end = month_bounds(year, month)
    records = usage_repo.daily(current_user.account_id, start, end)

    with open("/tmp/usage_report.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(REPORT_HEADER)
        writer.writerows(render_rows(records))

    return send_file(
        "/tmp/usage_report.csv",
        mimetype="text/csv",
        as_attachment=True,
        download_name="usage-%04d-%02d.csv" % (year, month),
    )
