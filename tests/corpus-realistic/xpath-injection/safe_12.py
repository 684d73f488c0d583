# corpus: cwe=643 label=safe
import hashlib
import hmac

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods
from lxml import etree

PARTNERS_XML = getattr(settings, "PARTNER_ACCOUNTS_XML", "/srv/partners/accounts.xml")
FIND_PARTNER = etree.XPath("//partner[username/text()=$username]")


def digest(password):
    salt = settings.PARTNER_PASSWORD_SALT.encode()
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000).hex()


def authenticate_partner(username, password):
    tree = etree.parse(PARTNERS_XML)
    found = FIND_PARTNER(tree, username=username)
    if not found:
        return None
    partner = found[0]
    stored = partner.findtext("passwordDigest", "")
    if not hmac.compare_digest(stored, digest(password)):
        return None
    return {"id": partner.get("id"), "name": partner.findtext("displayName"), "tier": partner.get("tier")}


@csrf_protect
@require_http_methods(["GET", "POST"])
def partner_login(request):
    if request.method == "GET":
        return render(request, "partners/login.html")
    partner = authenticate_partner(request.POST.get("username", ""), request.POST.get("password", ""))
    if partner is None:
        messages.error(request, "Invalid credentials")
        return redirect("partner-login")
    request.session.cycle_key()
    request.session["partner"] = partner
    return redirect("partner-dashboard")
