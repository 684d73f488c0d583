# Test cases for rules/tls-verification.yaml (semgrep --test).
import os
import ssl
import urllib.request

import aiohttp
import certifi
import httpx
import paramiko
import requests
import urllib3

urllib3.disable_warnings()
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def fetch(url):
    # ruleid: python-tls-verify-disabled
    return requests.get(url, verify=False, timeout=10).json()


def post_event(url, event):
    session = requests.Session()
    # ruleid: python-tls-verify-disabled
    session.verify = False
    return session.post(url, json=event, timeout=10)


def upload(client, url, data):
    # ruleid: python-tls-verify-disabled
    return client.put(url, data=data, verify=False)


def httpx_client():
    # ruleid: python-tls-verify-disabled
    return httpx.Client(base_url="https://api.internal", verify=False)


async def aio_fetch(url):
    async with aiohttp.ClientSession() as session:
        # ruleid: python-tls-verify-disabled
        async with session.get(url, ssl=False) as resp:
            return await resp.text()


def pool():
    # ruleid: python-tls-verify-disabled
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def legacy_open(url):
    # ruleid: python-ssl-unverified-context
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def custom_context():
    ctx = ssl.create_default_context()
    # ruleid: python-ssl-unverified-context
    ctx.check_hostname = False
    # ruleid: python-ssl-unverified-context
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


# ruleid: python-ssl-unverified-context
ssl._create_default_https_context = ssl._create_unverified_context


def ssh_run(host, cmd):
    client = paramiko.SSHClient()
    # ruleid: python-ssh-missing-host-key-verification
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy")
    return client.exec_command(cmd)


def ssh_warn(host):
    client = paramiko.SSHClient()
    # ruleid: python-ssh-missing-host-key-verification
    client.set_missing_host_key_policy(paramiko.WarningPolicy)
    client.connect(host)


# ---- safe variants -------------------------------------------------------


def fetch_safe(url):
    # ok: python-tls-verify-disabled
    return requests.get(url, timeout=10).json()


def fetch_internal(url):
    # ok: python-tls-verify-disabled
    return requests.get(url, verify=CA_BUNDLE, timeout=10).json()


def post_event_safe(url, event):
    session = requests.Session()
    # ok: python-tls-verify-disabled
    session.verify = certifi.where()
    return session.post(url, json=event, timeout=10)


def httpx_client_safe():
    # ok: python-tls-verify-disabled
    return httpx.Client(base_url="https://api.internal", verify=True)


def toggled(url):
    verify = os.environ.get("API_CA_BUNDLE", True)
    # ok: python-tls-verify-disabled
    return requests.get(url, verify=verify, timeout=10)


def default_open(url):
    # ok: python-ssl-unverified-context
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    return urllib.request.urlopen(url, context=ctx).read()


def strict_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ok: python-ssl-unverified-context
    ctx.check_hostname = True
    # ok: python-ssl-unverified-context
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(CA_BUNDLE)
    return ctx


def ssh_run_safe(host, cmd):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # ok: python-ssh-missing-host-key-verification
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy")
    return client.exec_command(cmd)


def decode_unverified(token, jwt):
    # ok: python-tls-verify-disabled
    return jwt.decode(token, verify=False)


# ---- rule pack v2: options dicts, settings objects, precision --------------

from dataclasses import dataclass  # noqa: E402

ALLOW_SELF_SIGNED = False
# ruleid: python-tls-verify-disabled
BRIDGE_OPTIONS = {"timeout": 20, "verify": False}
# ruleid: python-ssl-unverified-context
WS_SSL = {"cert_reqs": ssl.CERT_NONE, "check_hostname": False}


@dataclass
class GeoConfig:
    endpoint: str = "https://geo.example.com/v1"
    verify_tls: bool = False


def geocode(cfg, address):
    # ruleid: python-tls-verify-disabled
    return requests.post(cfg.endpoint, json=address, verify=cfg.verify_tls)


def dev_context():
    ctx = ssl.create_default_context()
    if ALLOW_SELF_SIGNED:
        # ok: python-ssl-unverified-context
        ctx.check_hostname = False
    return ctx
