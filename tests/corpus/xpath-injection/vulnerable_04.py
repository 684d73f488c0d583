# corpus: cwe=643 label=vulnerable
import xml.etree.ElementTree as ET

from django.http import JsonResponse


def employees_in(request):
    office = request.GET.get("office", "")
    tree = ET.parse("/srv/hr/employees.xml")
    root = tree.getroot()
    people = root.findall("./employee[@office='" + office + "']")
    return JsonResponse({"names": [p.findtext("name") for p in people]})
