# corpus: cwe=377 label=safe
"""Monthly usage report download for account owners."""
import csv
import os
import tempfile
from datetime import date

from flask import Blueprint, abort, after_this_request, send_file
from flask_login import current_user, login_required

from .usage import UsageRepository

reports_bp = Blueprint("reports", __name__)
usage_repo = UsageRepository()

REPORT_HEADER = ["day", "api_calls", "storage_gb", "egress_gb"]


def month_bounds(year, month):
    start = date(year, month, 1)
    end = date(year + (month == 12), (month % 12) + 1, 1)
    return start, end


@reports_bp.route("/reports/usage/<int:year>/<int:month>.csv")
@login_required
def usage_report(year, month):
    if not 1 <= month <= 12:
        abort(404)
    start, end = month_bounds(year, month)
    records = usage_repo.daily(current_user.account_id, start, end)

    tmp = tempfile.NamedTemporaryFile(mode="w", suffix=".csv", newline="", delete=False)
    with tmp:
        writer = csv.writer(tmp)
        writer.writerow(REPORT_HEADER)
        for rec in records:
            writer.writerow([rec.day.isoformat(), rec.api_calls, rec.storage_gb, rec.egress_gb])

    @after_this_request
    def cleanup(response):
        try:
            os.remove(tmp.name)
        except OSError:
            pass
        return response

    return send_file(
        tmp.name,
        mimetype="text/csv",
        as_attachment=True,
        download_name="usage-%04d-%02d.csv" % (year, month),
    )
