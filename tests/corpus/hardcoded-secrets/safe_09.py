# corpus: cwe=798 label=safe
import keyring
import requests


def open_issue(repo, title):
    token = keyring.get_password("github", "release-bot")
    resp = requests.post(
        "https://api.github.com/repos/%s/issues" % repo,
        headers={"Authorization": "token " + token},
        json={"title": title},
        timeout=10,
    )
    return resp.json()["number"]
