# corpus: cwe=798 label=vulnerable
import smtplib
from email.message import EmailMessage


def send_alert(subject, body):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = "alerts@acme.example"
    msg["To"] = "oncall@acme.example"
    msg.set_content(body)
    with smtplib.SMTP("smtp.acme.example", 587) as smtp:
        smtp.starttls()
        smtp.login("alerts@acme.example", "Al3rts-M@il-2024")
        smtp.send_message(msg)
