# corpus: cwe=798 label=safe
import configparser
import smtplib

config = configparser.ConfigParser()
config.read("/etc/acme/alerts.ini")


def send_alert(msg):
    smtp_cfg = config["smtp"]
    with smtplib.SMTP(smtp_cfg["host"], smtp_cfg.getint("port", 587)) as smtp:
        smtp.starttls()
        smtp.login(smtp_cfg["user"], smtp_cfg["password"])
        smtp.send_message(msg)
