# corpus: cwe=79 label=safe
"""Forum signature settings."""
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from .models import ForumProfile, Post

SIGNATURE_DIVIDER = mark_safe('<hr class="signature-divider">')


class SignatureForm(forms.Form):
    signature = forms.CharField(max_length=500, required=False, widget=forms.Textarea)


def _signature_html(profile):
    text = (profile.signature or "").strip()
    if not text:
        return ""
    lines = format_html_join(mark_safe("<br>"), "{}", ((line,) for line in text.splitlines()))
    return format_html('{}<div class="signature">{}</div>', SIGNATURE_DIVIDER, lines)


@login_required
def edit_signature(request):
    profile = get_object_or_404(ForumProfile, user=request.user)
    if request.method == "POST":
        form = SignatureForm(request.POST)
        if form.is_valid():
            profile.signature = form.cleaned_data["signature"]
            profile.save(update_fields=["signature"])
            return redirect("forum:signature")
    else:
        form = SignatureForm(initial={"signature": profile.signature})
    return render(request, "forum/signature.html", {
        "form": form,
        "preview": _signature_html(profile),
    })


def thread(request, thread_id):
    posts = (
        Post.objects.filter(thread_id=thread_id)
        .select_related("author__forumprofile")
        .order_by("created_at")
    )
    rows = [
        {"post": post, "signature": _signature_html(post.author.forumprofile)}
        for post in posts
    ]
    return render(request, "forum/thread.html", {"rows": rows})
