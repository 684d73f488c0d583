# corpus: cwe=78 label=vulnerable
import os
import tempfile

from django.http import FileResponse, HttpResponseBadRequest
from django.views.decorators.http import require_GET

from .models import Report

SHELL = "/bin/sh"


def export_pdf(report, paper):
    workdir = tempfile.mkdtemp(prefix="report-")
    html_path = os.path.join(workdir, "report.html")
    pdf_path = os.path.join(workdir, "report.pdf")
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(report.rendered_html)
    script = "weasyprint -p {} {} {}".format(paper, html_path, pdf_path)
    rc = os.spawnl(os.P_WAIT, SHELL, "sh", "-c", script)
    return pdf_path if rc == 0 else None


@require_GET
def download_report(request, report_id):
    report = Report.objects.get(pk=report_id, owner=request.user)
    paper = request.GET.get("paper", "a4")
    pdf = export_pdf(report, paper)
    if pdf is None:
        return HttpResponseBadRequest("could not render report")
    return FileResponse(open(pdf, "rb"), as_attachment=True, filename=f"report-{report.pk}.pdf")
