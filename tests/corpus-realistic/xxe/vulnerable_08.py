# corpus: cwe=611 label=vulnerable
"""Sitemap submission endpoint for partner sites (Django)."""
from dataclasses import dataclass
from typing import List, Optional

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from lxml import etree

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass
class SitemapEntry:
    loc: str
    lastmod: Optional[str] = None
    priority: float = 0.5


class SitemapReader:
    parser_options = {"resolve_entities": True, "no_network": False}

    def __init__(self, **options):
        opts = dict(self.parser_options)
        opts.update(options)
        self.parser = etree.XMLParser(**opts)

    def read(self, raw: bytes) -> List[SitemapEntry]:
        root = etree.XML(raw, self.parser)
        entries = []
        for url in root.iter("{%s}url" % SITEMAP_NS):
            loc = url.findtext("{%s}loc" % SITEMAP_NS, default="").strip()
            if not loc:
                continue
            prio = url.findtext("{%s}priority" % SITEMAP_NS)
            entries.append(
                SitemapEntry(
                    loc=loc,
                    lastmod=url.findtext("{%s}lastmod" % SITEMAP_NS),
                    priority=float(prio) if prio else 0.5,
                )
            )
        return entries


def store_entries(partner_id, entries):
    from partners.models import CrawlTarget

    CrawlTarget.objects.filter(partner_id=partner_id).delete()
    CrawlTarget.objects.bulk_create(
        CrawlTarget(partner_id=partner_id, url=e.loc, priority=e.priority) for e in entries
    )


@csrf_exempt
def submit_sitemap(request, partner_id):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    reader = SitemapReader(huge_tree=False)
    entries = reader.read(request.body)
    store_entries(partner_id, entries)
    return JsonResponse({"accepted": len(entries)})
