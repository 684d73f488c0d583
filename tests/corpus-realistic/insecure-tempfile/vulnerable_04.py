# corpus: cwe=377 label=vulnerable
"""Generate a PDF badge for a conference attendee."""
import subprocess

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string

from .models import Attendee

WKHTMLTOPDF = "/usr/bin/wkhtmltopdf"


def badge_html(attendee):
    return render_to_string(
        "badges/badge.html",
        {"name": attendee.full_name, "company": attendee.company, "qr": attendee.qr_payload()},
    )


def html_to_pdf(html, base):
    html_path = base + ".html"
    pdf_path = base + ".pdf"
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(html)
    subprocess.run([WKHTMLTOPDF, "--quiet", html_path, pdf_path], check=True, timeout=30)
    return pdf_path


@login_required
def download_badge(request, attendee_id):
    attendee = get_object_or_404(Attendee, pk=attendee_id, event__organizers=request.user)
    if not attendee.confirmed:
        raise Http404("attendee not confirmed")
    base = "/tmp/" + "badge_" + str(attendee.pk)
    pdf = html_to_pdf(badge_html(attendee), base)
    return FileResponse(open(pdf, "rb"), as_attachment=True, filename="badge.pdf")
