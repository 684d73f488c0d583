# corpus: cwe=328 label=vulnerable
"""Staff directory app: user model and admin CLI commands."""
import hashlib
import hmac

import click
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config.from_prefixed_env()
db = SQLAlchemy(app)


class Staff(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(64), unique=True, nullable=False)
    password_hash = db.Column(db.String(128), nullable=False)
    active = db.Column(db.Boolean, default=True)

    @staticmethod
    def hash_password(raw):
        salted = "staffdir:" + raw
        return "sha1$" + hashlib.sha1(salted.encode("utf-8")).hexdigest()

    def set_password(self, raw):
        self.password_hash = self.hash_password(raw)

    def check_password(self, raw):
        return hmac.compare_digest(self.password_hash, self.hash_password(raw))


@app.cli.command("create-staff")
@click.argument("username")
@click.password_option()
def create_staff(username, password):
    member = Staff(username=username.strip().lower())
    member.set_password(password)
    db.session.add(member)
    db.session.commit()
    click.echo(f"created {member.username}")


@app.cli.command("reset-password")
@click.argument("username")
@click.password_option()
def reset_password(username, password):
    member = Staff.query.filter_by(username=username.strip().lower()).first()
    if member is None:
        raise click.ClickException("no such user")
    member.set_password(password)
    db.session.commit()
    click.echo("password updated")


@app.cli.command("deactivate")
@click.argument("usernames", nargs=-1)
def deactivate(usernames):
    names = [u.strip().lower() for u in usernames]
    count = Staff.query.filter(Staff.username.in_(names)).update(
        {"active": False}, synchronize_session=False
    )
    db.session.commit()
    click.echo(f"deactivated {count} account(s)")
