# corpus: cwe=295 label=safe
import smtplib
import ssl
from email.message import EmailMessage


def send_report(host, user, password, body):
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "Weekly report", user, "team@example.com"
    msg.set_content(body)
    with smtplib.SMTP(host, 587, timeout=20) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(user, password)
        smtp.send_message(msg)
