# corpus: cwe=338 label=vulnerable
"""Celery tasks for the promotions service."""
import logging
from random import choices

from celery import shared_task
from django.db import IntegrityError

from promotions.models import Campaign, GiftVoucher

logger = logging.getLogger(__name__)

VOUCHER_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
SEGMENTS = (4, 4, 4)


def voucher_code(prefix=""):
    segments = ["".join(choices(VOUCHER_ALPHABET, k=n)) for n in SEGMENTS]
    code = "-".join(segments)
    return f"{prefix.upper()}{code}" if prefix else code


def create_vouchers(campaign, quantity):
    created = []
    attempts = 0
    while len(created) < quantity and attempts < quantity * 3:
        attempts += 1
        code = voucher_code(campaign.code_prefix)
        try:
            voucher = GiftVoucher.objects.create(
                campaign=campaign,
                code=code,
                value_cents=campaign.voucher_value_cents,
            )
        except IntegrityError:
            continue
        created.append(voucher.code)
    return created


@shared_task(bind=True, max_retries=3)
def generate_campaign_vouchers(self, campaign_id, quantity):
    try:
        campaign = Campaign.objects.get(pk=campaign_id)
    except Campaign.DoesNotExist:
        logger.warning("campaign %s vanished", campaign_id)
        return []
    codes = create_vouchers(campaign, int(quantity))
    logger.info("generated %d vouchers for campaign %s", len(codes), campaign_id)
    return codes
