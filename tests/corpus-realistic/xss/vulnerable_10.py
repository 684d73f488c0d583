# corpus: cwe=79 label=vulnerable
"""Contact form handling for the marketing site."""
from django.core.mail import mail_admins
from django.http import HttpResponse, HttpResponseNotAllowed
from django.views.decorators.csrf import csrf_protect

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
        parts.append("<li><b>" + field + "</b>: " + message + "</li>")
    parts.append("</ul>")
    return "".join(parts)


@csrf_protect
def contact(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    data = {key: request.POST.get(key, "") for key in REQUIRED_FIELDS}
    errors = validate_contact(data)
    if errors:
        return HttpResponse(error_list(errors), status=400)
    mail_admins(
        subject="Website contact from %s" % data["name"][:50],
        message=data["message"],
        fail_silently=True,
    )
    return HttpResponse("<p>Thanks, we'll be in touch soon.</p>")
