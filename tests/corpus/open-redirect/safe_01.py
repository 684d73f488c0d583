# corpus: cwe=601 label=safe
from django.conf import settings
from django.shortcuts import redirect, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme


def finish_login(request):
    wanted = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        url=wanted,
        allowed_hosts={request.get_host()},
        require_https=request.is_secure(),
    )
    if not safe:
        wanted = resolve_url(settings.LOGIN_REDIRECT_URL)
    return redirect(wanted)
