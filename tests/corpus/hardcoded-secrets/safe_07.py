# corpus: cwe=798 label=safe
"""Example configuration: copy to config.py and fill in real values."""

GITHUB_TOKEN = "<your-github-token>"
SLACK_WEBHOOK_TOKEN = ""
SMTP_PASSWORD = "${SMTP_PASSWORD}"
API_KEY = "your-api-key-here"


def as_dict():
    return {
        "github_token": GITHUB_TOKEN,
        "slack_webhook_token": SLACK_WEBHOOK_TOKEN,
        "smtp_password": SMTP_PASSWORD,
        "api_key": API_KEY,
    }
