# corpus: cwe=501 label=safe
from flask import Flask, redirect, request, session
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length, Regexp

app = Flask(__name__)
app.secret_key = "replace-me"


class NicknameForm(FlaskForm):
    nickname = StringField(validators=[DataRequired(), Length(max=20), Regexp(r"^\w+$")])


@app.route("/nickname", methods=["POST"])
def nickname():
    form = NicknameForm(request.form)
    if form.validate():
        session["nickname"] = form.nickname.data
        return redirect("/")
    return {"errors": form.errors}, 400
