# corpus: cwe=643 label=safe
from django.conf import settings
from django.views.generic import TemplateView
from lxml import etree

SITEMAP = getattr(settings, "KNOWLEDGE_BASE_XML", "/srv/kb/articles.xml")


class ArticleIndex:
    def __init__(self, path=SITEMAP):
        self.tree = etree.parse(path)

    def categories(self):
        return sorted({c.text for c in self.tree.iterfind("//article/category") if c.text})

    def in_category(self, category, limit=50):
        results = []
        for article in self.tree.iterfind("//article"):
            if (article.findtext("category") or "").lower() != category:
                continue
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
        index = self.index_class()
        category = self.request.GET.get("c", "general").strip().lower()
        context["category"] = category
        context["categories"] = index.categories()
        context["articles"] = index.in_category(category)
        return context
