# Test cases for rules/command-injection.yaml (semgrep --test).
import asyncio
import json
import os
import shlex
import subprocess
import sys

from flask import Flask, request

app = Flask(__name__)

ALLOWED_TOOLS = {"uptime": ["uptime"], "disk": ["df", "-h"]}
REPORT_SCRIPTS = {"daily": "daily.sh", "weekly": "weekly.sh"}


@app.route("/ping")
def ping():
    host = request.args.get("host")
    # ruleid: python-command-injection
    os.system("ping -c 1 " + host)
    return "ok"


@app.route("/lookup")
def lookup():
    domain = request.form["domain"]
    # ruleid: python-command-injection
    out = os.popen("nslookup %s" % domain).read()
    return out


@app.route("/archive", methods=["POST"])
def archive():
    name = request.get_json()["name"]
    cmd = f"tar czf /tmp/{name}.tgz /srv/data/{name}"
    # ruleid: python-command-injection
    subprocess.run(cmd, shell=True, check=True)
    return "ok"


@app.route("/grep")
def grep():
    pattern = request.values.get("q", "")
    # ruleid: python-command-injection
    return subprocess.check_output("grep -r {} /var/log/app".format(pattern), shell=True)


@app.route("/convert")
def convert():
    src = request.cookies.get("last_upload")
    # ruleid: python-command-injection
    subprocess.call(["/bin/sh", "-c", "convert " + src + " out.png"])
    return "ok"


def django_view(request):
    user = request.GET["user"]
    # ruleid: python-command-injection, python-shell-command-from-variable
    status, output = subprocess.getstatusoutput("id " + user)
    return output


def cli_main():
    target = sys.argv[1]
    # ruleid: python-command-injection
    proc = subprocess.Popen("du -sh " + target, shell=True, stdout=subprocess.PIPE)
    return proc.communicate()


def interactive():
    path = input("path to clean: ")
    # ruleid: python-command-injection
    os.system(f"rm -rf {path}")


@app.route("/traceroute")
async def traceroute():
    host = request.args.get("host", "")
    # ruleid: python-command-injection
    proc = await asyncio.create_subprocess_shell("traceroute " + host)
    return str(await proc.wait())


@app.route("/client")
def client_info():
    fwd = request.headers.get("X-Forwarded-For", "")
    # ruleid: python-command-injection
    return os.popen("host " + fwd.split(",")[0]).read()


@app.route("/thumb", methods=["POST"])
def thumbnail():
    upload = request.files["image"]
    # ruleid: python-command-injection
    subprocess.check_call("convert %s -resize 64x64 thumb.png" % upload.filename, shell=True)
    return "ok"


# ---- safe variants -------------------------------------------------------


@app.route("/ping-safe")
def ping_safe():
    host = request.args.get("host")
    # ok: python-command-injection, python-shell-command-from-variable
    subprocess.run(["ping", "-c", "1", host], check=True)
    return "ok"


@app.route("/ping-quoted")
def ping_quoted():
    host = request.args.get("host")
    # ok: python-command-injection
    os.system("ping -c 1 " + shlex.quote(host))
    return "ok"


@app.route("/lookup-quoted")
def lookup_quoted():
    domain = shlex.quote(request.form["domain"])
    # ok: python-command-injection, python-shell-command-from-variable
    return subprocess.check_output("nslookup " + shlex.quote(domain), shell=True)


@app.route("/whois")
def whois():
    domain = request.args["domain"]
    # ok: python-command-injection, python-shell-command-from-variable
    return subprocess.check_output(f"whois {shlex.quote(domain)} | head -n 20", shell=True)


@app.route("/tail")
def tail():
    lines = int(request.args.get("n", "10"))
    # ok: python-command-injection
    return os.popen("tail -n %d /var/log/app.log" % lines).read()


@app.route("/tool")
def tool():
    argv = ALLOWED_TOOLS.get("uptime")
    # ok: python-command-injection, python-shell-command-from-variable
    return subprocess.check_output(argv)


def maintenance():
    # ok: python-command-injection, python-shell-command-from-variable
    subprocess.run("rm -rf /tmp/app-cache/*", shell=True, check=True)
    # ok: python-command-injection
    os.system("sync")


def backup(path):
    # A shell command built from a parameter: medium, it blocks only with bandit's B602.
    # ruleid: python-shell-command-from-variable
    subprocess.call("tar czf backup.tgz " + path, shell=True)


@app.route("/traceroute-safe")
async def traceroute_safe():
    host = request.args.get("host", "")
    # ok: python-command-injection
    proc = await asyncio.create_subprocess_exec("traceroute", "--", host)
    return str(await proc.wait())


@app.route("/thumb-safe", methods=["POST"])
def thumbnail_safe():
    upload = request.files["image"]
    # ok: python-command-injection, python-shell-command-from-variable
    subprocess.check_call(["convert", upload.filename, "-resize", "64x64", "thumb.png"])
    return "ok"


@app.route("/report")
def run_report():
    name = request.args.get("name", "daily")
    script = REPORT_SCRIPTS.get(name, "daily.sh")
    # ok: python-command-injection
    os.system("/opt/reports/" + script)
    return "started"


# ---- rule pack v2: explicit shells, flows across functions, precision ------

import argparse  # noqa: E402

SHELL = "/bin/bash"
VERBOSE_DEBUG = False


def run_report(name, when):
    # ruleid: python-shell-command-from-variable
    return subprocess.run(["sh", "-c", f"report --name {name} --at {when}"], check=True)


@app.route("/report")
def report():
    # ruleid: python-command-injection
    return str(run_report(request.args["name"], "now"))


def cli_main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("pattern")
    args = parser.parse_args(argv)
    # ruleid: python-command-injection, python-shell-command-from-variable
    os.spawnl(os.P_WAIT, SHELL, "bash", "-c", "grep -r " + args.pattern + " /var/log")


async def archive_job(message):
    # ruleid: python-shell-command-from-variable
    proc = await asyncio.create_subprocess_shell("tar czf out.tgz " + message["dir"])
    return await proc.wait()


def on_message(channel, method, properties, body):
    payload = json.loads(body)
    # ruleid: python-command-injection, python-shell-command-from-variable
    os.system("convert " + payload["file"] + " thumb.png")


def consume(channel):
    channel.basic_consume(queue="thumbnails", on_message_callback=on_message)


class Deployer:
    def __init__(self, host):
        self.host = host

    def restart(self, service):
        # A shell that is not the program itself (ssh host sh -c ...) is not recognised.
        # todoruleid: python-shell-command-from-variable
        subprocess.call(["ssh", self.host, "--", "sh", "-c", "systemctl restart " + service])
        # ruleid: python-shell-command-from-variable
        return os.popen("ping -c 1 " + self.host).read()


@app.route("/deploy")
def deploy():
    # ruleid: python-command-injection
    return Deployer(request.args["host"]).restart("web")


@app.route("/quoted-helper")
def quoted_helper():
    # ok: python-command-injection
    return run_quoted(request.args["name"])


def run_quoted(name):
    # ok: python-shell-command-from-variable
    return subprocess.check_output("wc -l " + shlex.quote(name), shell=True)


@app.route("/argv-list")
def argv_list():
    # A list argv without a shell: the value is one argument, never parsed.
    # ok: python-command-injection
    return subprocess.check_output(["ls", "-l", "--", request.args["dir"]])


@app.route("/debug-only")
def debug_only():
    target = request.args["target"]
    if VERBOSE_DEBUG:
        # ok: python-command-injection
        os.system("traceroute " + target)
    return "ok"
