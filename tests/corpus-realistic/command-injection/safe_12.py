# corpus: cwe=78 label=safe
import os
import tempfile

from django.http import FileResponse, HttpResponseBadRequest
from django.views.decorators.http import require_GET

from .models import Report

PAPER_SIZES = {"a4": "A4", "a3": "A3", "letter": "Letter"}


def export_pdf(report, paper):
    workdir = tempfile.mkdtemp(prefix="report-")
    html_path = os.path.join(workdir, "report.html")
    pdf_path = os.path.join(workdir, "report.pdf")
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(report.rendered_html)
    argv = ["weasyprint", "-p", paper, html_path, pdf_path]
    rc = os.spawnvp(os.P_WAIT, argv[0], argv)
    return pdf_path if rc == 0 else None


@require_GET
def download_report(request, report_id):
    report = Report.objects.get(pk=report_id, owner=request.user)
    paper = PAPER_SIZES.get(request.GET.get("paper", "a4").lower())
    if paper is None:
        return HttpResponseBadRequest("unknown paper size")
    pdf = export_pdf(report, paper)
    if pdf is None:
        return HttpResponseBadRequest("could not render report")
    return FileResponse(open(pdf, "rb"), as_attachment=True, filename=f"report-{report.pk}.pdf")
