# corpus: cwe=89 label=vulnerable
from django.http import JsonResponse

from blog.models import Article


def articles_by_author(request):
    author = request.GET.get("author", "")
    qs = Article.objects.extra(where=["author_name = '%s'" % author])
    return JsonResponse({"titles": [a.title for a in qs]})
