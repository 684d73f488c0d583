# corpus: cwe=328 label=vulnerable
import hashlib
import hmac

from django import forms
from django.contrib.auth.decorators import login_required
from django.db import models
from django.shortcuts import redirect, render

QUESTIONS = [
    ("pet", "Name of your first pet"),
    ("street", "Street you grew up on"),
    ("teacher", "Favourite teacher's surname"),
]


class SecurityAnswer(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    question = models.CharField(max_length=16, choices=QUESTIONS)
    answer_hash = models.CharField(max_length=32)

    class Meta:
        unique_together = ("user", "question")


def normalise_answer(answer):
    return " ".join(answer.lower().split())


def answer_hash(answer):
    return hashlib.md5(normalise_answer(answer).encode("utf-8")).hexdigest()


def answer_matches(stored, candidate):
    return hmac.compare_digest(stored.answer_hash, answer_hash(candidate))


class SecurityQuestionForm(forms.Form):
    question = forms.ChoiceField(choices=QUESTIONS)
    answer = forms.CharField(max_length=200)


@login_required
def set_security_question(request):
    form = SecurityQuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        SecurityAnswer.objects.update_or_create(
            user=request.user,
            question=form.cleaned_data["question"],
            defaults={"answer_hash": answer_hash(form.cleaned_data["answer"])},
        )
        return redirect("account-security")
    return render(request, "account/security_question.html", {"form": form})
