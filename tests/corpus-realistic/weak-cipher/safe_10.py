# corpus: cwe=327 label=safe
#!/usr/bin/env python3
"""Send the nightly KPI summary by e-mail."""
import argparse
import csv
import os
import smtplib
import ssl
from email.message import EmailMessage


def summarise(csv_path):
    totals = {}
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            metric = row["metric"].strip()
            totals[metric] = totals.get(metric, 0.0) + float(row["value"] or 0)
    return totals


def build_message(totals, sender, recipients):
    msg = EmailMessage()
    msg["Subject"] = "Nightly KPI summary"
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    lines = ["{:<30} {:>14,.2f}".format(k, v) for k, v in sorted(totals.items())]
    msg.set_content("\n".join(lines) or "No data today.")
    return msg


def send(msg, host, port, username, password):
    context = ssl.create_default_context()
    with smtplib.SMTP(host, port, timeout=30) as smtp:
        smtp.ehlo()
        smtp.starttls(context=context)
        smtp.ehlo()
        smtp.login(username, password)
        smtp.send_message(msg)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("csv")
    ap.add_argument("--to", action="append", required=True)
    args = ap.parse_args()

    totals = summarise(args.csv)
    msg = build_message(totals, os.environ["KPI_MAIL_FROM"], args.to)
    send(
        msg,
        os.environ.get("SMTP_HOST", "smtp.example.com"),
        int(os.environ.get("SMTP_PORT", "587")),
        os.environ["SMTP_USERNAME"],
        os.environ["SMTP_PASSWORD"],
    )


if __name__ == "__main__":
    main()
