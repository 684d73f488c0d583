# corpus: cwe=643 label=safe
import xml.etree.ElementTree as ET

from django.http import JsonResponse

OFFICES = {"berlin", "paris", "london", "remote"}


def employees_in(request):
    office = request.GET.get("office", "")
    if office not in OFFICES:
        return JsonResponse({"error": "unknown office"}, status=400)
    root = ET.parse("/srv/hr/employees.xml").getroot()
    people = root.findall("./employee[@office='" + office + "']")
    return JsonResponse({"names": [p.findtext("name") for p in people]})
