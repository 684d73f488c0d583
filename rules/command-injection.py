# Test cases for rules/command-injection.yaml (semgrep --test).
import asyncio
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
    # ruleid: python-command-injection, subprocess-shell-true-non-literal
    subprocess.run(cmd, shell=True, check=True)
    return "ok"


@app.route("/grep")
def grep():
    pattern = request.values.get("q", "")
    # ruleid: python-command-injection, subprocess-shell-true-non-literal
    return subprocess.check_output("grep -r {} /var/log/app".format(pattern), shell=True)


@app.route("/convert")
def convert():
    src = request.cookies.get("last_upload")
    # ruleid: python-command-injection
    subprocess.call(["/bin/sh", "-c", "convert " + src + " out.png"])
    return "ok"


def django_view(request):
    user = request.GET["user"]
    # ruleid: python-command-injection
    status, output = subprocess.getstatusoutput("id " + user)
    return output


def cli_main():
    target = sys.argv[1]
    # ruleid: python-command-injection, subprocess-shell-true-non-literal
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
    # ruleid: python-command-injection, subprocess-shell-true-non-literal
    subprocess.check_call("convert %s -resize 64x64 thumb.png" % upload.filename, shell=True)
    return "ok"


# ---- safe variants -------------------------------------------------------


@app.route("/ping-safe")
def ping_safe():
    host = request.args.get("host")
    # ok: python-command-injection, subprocess-shell-true-non-literal
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
    # ok: python-command-injection, subprocess-shell-true-non-literal
    return subprocess.check_output("nslookup " + shlex.quote(domain), shell=True)


@app.route("/whois")
def whois():
    domain = request.args["domain"]
    # ok: python-command-injection, subprocess-shell-true-non-literal
    return subprocess.check_output(f"whois {shlex.quote(domain)} | head -n 20", shell=True)


@app.route("/tail")
def tail():
    lines = int(request.args.get("n", "10"))
    # ok: python-command-injection
    return os.popen("tail -n %d /var/log/app.log" % lines).read()


@app.route("/tool")
def tool():
    argv = ALLOWED_TOOLS.get("uptime")
    # ok: python-command-injection, subprocess-shell-true-non-literal
    return subprocess.check_output(argv)


def maintenance():
    # ok: python-command-injection, subprocess-shell-true-non-literal
    subprocess.run("rm -rf /tmp/app-cache/*", shell=True, check=True)
    # ok: python-command-injection
    os.system("sync")


def backup(path):
    # A non-literal shell command is worth a look even without a known source.
    # ruleid: subprocess-shell-true-non-literal
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
    # ok: python-command-injection, subprocess-shell-true-non-literal
    subprocess.check_call(["convert", upload.filename, "-resize", "64x64", "thumb.png"])
    return "ok"


@app.route("/report")
def run_report():
    name = request.args.get("name", "daily")
    script = REPORT_SCRIPTS.get(name, "daily.sh")
    # ok: python-command-injection
    os.system("/opt/reports/" + script)
    return "started"
