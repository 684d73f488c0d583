# corpus: cwe=79 label=vulnerable
from django.shortcuts import render
from django.utils.safestring import mark_safe


def announcement(request):
    text = request.POST.get("announcement", "")
    context = {"message": mark_safe("<strong>" + text + "</strong>")}
    return render(request, "announcement.html", context)
