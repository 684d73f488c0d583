# corpus: cwe=22 label=vulnerable
"""Analytics report downloads."""
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponse
from django.views import View


@dataclass
class ReportStorage:
    root: Path = Path("/data/analytics/reports")
    extension: str = ".csv"

    def read(self, period, name):
        target = self.root / period / f"{name}{self.extension}"
        if not target.exists():
            raise FileNotFoundError(target)
        with open(target, "rb") as fh:
            return fh.read()


class ReportDownloadView(LoginRequiredMixin, View):
    storage = ReportStorage()

    def _params(self, request):
        return {
            "period": request.GET.get("period", "monthly"),
            "name": request.GET.get("report", "summary").strip(),
        }

    def get(self, request):
        params = self._params(request)
        try:
            payload = self.storage.read(params["period"], params["name"])
        except FileNotFoundError:
            raise Http404("report not available")
        response = HttpResponse(payload, content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="report.csv"'
        return response
