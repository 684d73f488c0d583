# corpus: cwe=611 label=vulnerable
from xml.dom.minidom import parseString

from django.http import JsonResponse


def soap_endpoint(request):
    envelope = parseString(request.body)
    action = envelope.getElementsByTagName("Action")
    name = action[0].firstChild.data if action else "unknown"
    return JsonResponse({"action": name})
