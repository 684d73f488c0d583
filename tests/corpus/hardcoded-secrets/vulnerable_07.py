# corpus: cwe=798 label=vulnerable
import requests

GITHUB_TOKEN = "ghp_R8mK2vX9qL4tW7nB1cZ5yH3jF6dS0aP2eU8i"


def open_issue(repo, title, body):
    resp = requests.post(
        "https://api.github.com/repos/%s/issues" % repo,
        headers={"Authorization": "token " + GITHUB_TOKEN},
        json={"title": title, "body": body},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["number"]
