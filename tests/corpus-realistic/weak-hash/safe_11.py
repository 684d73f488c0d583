# corpus: cwe=328 label=safe
"""Staff directory app: user model and admin CLI commands."""
import click
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.config.from_prefixed_env()
db = SQLAlchemy(app)

PASSWORD_METHOD = "pbkdf2:sha256:600000"


class Staff(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(64), unique=True, nullable=False)
    password_hash = db.Column(db.String(256), nullable=False)
    active = db.Column(db.Boolean, default=True)

    def set_password(self, raw):
        self.password_hash = generate_password_hash(raw, method=PASSWORD_METHOD, salt_length=16)

    def check_password(self, raw):
        return check_password_hash(self.password_hash, raw)


@app.cli.command("create-staff")
@click.argument("username")
@click.password_option()
def create_staff(username, password):
    member = Staff(username=username.strip().lower())
    member.set_password(password)
    db.session.add(member)
    db.session.commit()
    click.echo(f"created {member.username}")


@app.cli.command("verify-login")
@click.argument("username")
@click.password_option(confirmation_prompt=False)
def verify_login(username, password):
    member = Staff.query.filter_by(username=username.strip().lower()).first()
    ok = member is not None and member.active and member.check_password(password)
    click.echo("ok" if ok else "rejected")


@app.cli.command("list-staff")
@click.option("--inactive", is_flag=True)
def list_staff(inactive):
    query = Staff.query.order_by(Staff.username)
    if not inactive:
        query = query.filter_by(active=True)
    for member in query:
        click.echo(member.username)
