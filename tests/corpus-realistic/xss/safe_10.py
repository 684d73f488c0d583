# corpus: cwe=79 label=safe
"""Contact form handling for the marketing site."""
import html

from django.core.mail import mail_admins
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.views import View

REQUIRED_FIELDS = ("name", "email", "message")


def validate_contact(data):
    errors = {}
    for field in REQUIRED_FIELDS:
        if not data.get(field, "").strip():
            errors[field] = "This field is required."
    email = data.get("email", "")
    if email and "@" not in email:
        errors["email"] = "Enter a valid address: " + email
    return errors


def error_list(errors):
    parts = ["<ul class='errors'>"]
    for field, message in sorted(errors.items()):
        parts.append("<li><b>%s</b>: %s</li>" % (html.escape(field), html.escape(message)))
    parts.append("</ul>")
    return "".join(parts)


class ContactView(View):
    http_method_names = ["post"]

    def post(self, request):
        data = {key: request.POST.get(key, "") for key in REQUIRED_FIELDS}
        errors = validate_contact(data)
        if errors:
            if request.headers.get("Accept", "").startswith("application/json"):
                return JsonResponse({"errors": errors}, status=400)
            return HttpResponse(error_list(errors), status=400)
        mail_admins(
            subject="Website contact from %s" % data["name"][:50],
            message=data["message"],
            fail_silently=True,
        )
        return HttpResponse("<p>Thanks, we'll be in touch soon.</p>")


def contact_get(request):
    return HttpResponseNotAllowed(["POST"])
