# Test cases for rules/hardcoded-secrets.yaml (semgrep --test).
import getpass
import os
import smtplib

import boto3
import jwt
import psycopg2
import pymysql
import requests
from flask import Flask

app = Flask(__name__)

# ruleid: python-hardcoded-secret
app.config["SECRET_KEY"] = "dev-7f3a9c1e"
# ruleid: python-hardcoded-secret
app.secret_key = b"\x8f\x1c\xa2k\x99"
# ruleid: python-hardcoded-secret
DB_PASSWORD = "Summer2024!"
# Default passwords are reported: "changeme" works wherever it is deployed unchanged.
# ruleid: python-hardcoded-secret
STRIPE_API_KEY = "changeme"


def connect_pg():
    # ruleid: python-hardcoded-secret
    return psycopg2.connect(host="db", user="app", password="s3cr3t-pg")


def connect_mysql():
    # ruleid: python-hardcoded-secret
    return pymysql.connect(host="db", user="root", passwd="toor", database="shop")


def s3():
    return boto3.client(
        "s3",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        # ruleid: python-hardcoded-secret
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzKEYzzzz",
    )


def check_admin(password):
    # ruleid: python-hardcoded-secret
    return password == "admin123"


# ruleid: python-hardcoded-secret
def login(user, passwd="hunter2"):
    return user, passwd


def make_jwt(claims):
    # ruleid: python-hardcoded-secret
    return jwt.encode(claims, "jwt-signing-secret", algorithm="HS256")


def send_mail(msg):
    server = smtplib.SMTP("smtp.example.org", 587)
    # ruleid: python-hardcoded-secret
    server.login("alerts@example.org", "mailpass99")
    server.send_message(msg)


def send_digest(msg):
    with smtplib.SMTP_SSL("smtp.example.org") as smtp:
        # ruleid: python-hardcoded-secret
        smtp.login("digest@example.org", "d1gest-Pass")
        smtp.send_message(msg)


def fetch_report():
    # ruleid: python-hardcoded-secret
    return requests.get("https://api.example.org/r", auth=("bot", "b0t-pass"), timeout=10)


DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        # ruleid: python-hardcoded-secret
        "PASSWORD": "pg-prod-pass",
    }
}

# ruleid: python-hardcoded-credential-literal
AWS_KEY_ID = "AKIAZ4X7QW2MNB5RT8LP"
# ruleid: python-hardcoded-credential-literal
DATABASE_URL = "postgresql://shop:Wint3rIsComing@db.internal:5432/shop"
# ruleid: python-hardcoded-secret, python-hardcoded-credential-literal
GITHUB_TOKEN = "ghp_Zx8yQ2wE4rT6yU8iO0pA2sD4fG6hJ8kL0zX1"


# ---- safe variants -------------------------------------------------------

# ok: python-hardcoded-secret
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
# ok: python-hardcoded-secret
app.secret_key = os.urandom(32)
# ok: python-hardcoded-secret
DB_PASSWORD_SAFE = os.getenv("DB_PASSWORD")
# Empty values and placeholders that cannot work as a credential are not reported.
# ok: python-hardcoded-secret
API_TOKEN = ""
# ok: python-hardcoded-secret
SLACK_TOKEN = "<slack-bot-token>"
# ok: python-hardcoded-secret
DEPLOY_API_KEY = "${DEPLOY_API_KEY}"
# ok: python-hardcoded-secret
PRIVATE_KEY = "/etc/ssl/private/service.pem"
# ok: python-hardcoded-secret
TOKEN_ENV = "GITHUB_TOKEN"
# ok: python-hardcoded-secret
token_type = "bearer"
# ok: python-hardcoded-credential-literal
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
# ok: python-hardcoded-credential-literal
TEST_DATABASE_URL = "postgresql://postgres:postgres@localhost:5432/test"


def connect_pg_safe():
    # ok: python-hardcoded-secret
    return psycopg2.connect(host="db", user="app", password=os.environ["PGPASSWORD"])


def cli_login(user):
    # ok: python-hardcoded-secret
    password = getpass.getpass("Password: ")
    return user, password


def s3_safe():
    # ok: python-hardcoded-secret, python-hardcoded-credential-literal
    return boto3.client("s3", region_name="eu-west-1")


def check_admin_safe(password, stored):
    # ok: python-hardcoded-secret
    return password == stored


def make_jwt_safe(claims):
    # ok: python-hardcoded-secret
    return jwt.encode(claims, os.environ["JWT_SECRET"], algorithm="HS256")


def form_fields():
    # ok: python-hardcoded-secret
    return {"name": "password", "type": "password", "label": "Password", "password": ""}


def send_mail_safe(msg):
    with smtplib.SMTP_SSL("smtp.example.org") as smtp:
        # ok: python-hardcoded-secret
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
