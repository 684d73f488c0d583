# corpus: cwe=643 label=vulnerable
from lxml import etree
from django.conf import settings
from django.views.generic import TemplateView

SITEMAP = getattr(settings, "KNOWLEDGE_BASE_XML", "/srv/kb/articles.xml")


class ArticleIndex:
    def __init__(self, path=SITEMAP):
        self.tree = etree.parse(path)

    def in_category(self, category, limit=50):
        path = "//article[category='%s']" % category
        results = []
        for article in self.tree.iterfind(path):
            results.append(
                {
                    "slug": article.get("slug"),
                    "title": article.findtext("title"),
                    "summary": (article.findtext("summary") or "")[:280],
                }
            )
            if len(results) >= limit:
                break
        return results


class CategoryView(TemplateView):
    template_name = "kb/category.html"
    index_class = ArticleIndex

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        category = self.request.GET.get("c", "general").strip().lower()
        context["category"] = category
        context["articles"] = self.index_class().in_category(category)
        return context
