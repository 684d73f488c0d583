# corpus: cwe=330 label=vulnerable
import random

from django.core.mail import send_mail
from django.http import JsonResponse


def start_email_verification(request):
    profile = request.user.profile
    verification_code = random.randrange(1000, 10000)
    profile.email_code = verification_code
    profile.save()
    send_mail("Verify", "Code: %d" % verification_code, None, [request.user.email])
    return JsonResponse({"sent": True})
