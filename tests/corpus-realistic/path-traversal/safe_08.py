# corpus: cwe=22 label=safe
"""Analytics report downloads."""
import os
from dataclasses import dataclass, field

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponse
from django.views import View

ALLOWED_EXTENSIONS = (".csv", ".xlsx")


@dataclass
class ReportStorage:
    root: str = "/data/analytics/reports"
    periods: tuple = ("daily", "weekly", "monthly")
    content_types: dict = field(default_factory=lambda: {
        ".csv": "text/csv",
        ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    })

    def path_for(self, period, requested):
        if period not in self.periods:
            raise FileNotFoundError(period)
        name = os.path.basename(requested)
        ext = os.path.splitext(name)[1].lower()
        if ext not in ALLOWED_EXTENSIONS:
            raise FileNotFoundError(name)
        return os.path.join(self.root, period, name), self.content_types[ext]


class ReportDownloadView(LoginRequiredMixin, View):
    storage = ReportStorage()

    def get(self, request):
        period = request.GET.get("period", "monthly")
        requested = request.GET.get("report", "summary.csv").strip()
        try:
            path, content_type = self.storage.path_for(period, requested)
            with open(path, "rb") as fh:
                payload = fh.read()
        except FileNotFoundError:
            raise Http404("report not available")
        response = HttpResponse(payload, content_type=content_type)
        response["Content-Disposition"] = 'attachment; filename="%s"' % os.path.basename(path)
        return response
