# corpus: cwe=94 label=safe
import importlib

from django.http import Http404, JsonResponse
from django.views import View

from reports.models import Dataset

EXPORTERS = {
    "csv": ("reports.exporters.csv_export", "export"),
    "xlsx": ("reports.exporters.excel", "export_workbook"),
    "json": ("reports.exporters.json_export", "export"),
    "parquet": ("reports.exporters.columnar", "to_parquet"),
}


def load_exporter(fmt):
    try:
        module_path, func_name = EXPORTERS[fmt]
    except KeyError:
        raise Http404(f"no exporter for {fmt}")
    module = importlib.import_module(module_path)
    return getattr(module, func_name)


class DatasetExportView(View):
    http_method_names = ["post"]

    def post(self, request, dataset_id):
        dataset = Dataset.objects.filter(owner=request.user, pk=dataset_id).first()
        if dataset is None:
            raise Http404("dataset not found")
        fmt = request.POST.get("format", "csv").lower()
        exporter = load_exporter(fmt)
        location = exporter(dataset, include_header=request.POST.get("header", "1") == "1")
        return JsonResponse({"dataset": dataset.pk, "format": fmt, "location": location})
