# corpus: cwe=94 label=vulnerable
from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views.generic.edit import FormView

from surveys.models import Question, Survey


class ValidatorForm(forms.Form):
    question = forms.ModelChoiceField(queryset=Question.objects.all())
    validator = forms.CharField(widget=forms.Textarea, help_text="Python code defining validate(answer)")
    sample_answer = forms.CharField(required=False)


class CustomValidator:
    def __init__(self, question, source):
        self.question = question
        self.source = source

    def build(self):
        scope = {"question_text": self.question.text}
        exec(self.source, scope)
        return scope["validate"]

    def check(self, answer):
        return bool(self.build()(answer))


class SaveValidatorView(LoginRequiredMixin, FormView):
    form_class = ValidatorForm
    template_name = "surveys/validator_form.html"

    def form_valid(self, form):
        question = form.cleaned_data["question"]
        validator = CustomValidator(question, form.cleaned_data["validator"])
        try:
            ok = validator.check(form.cleaned_data["sample_answer"])
        except Exception as exc:
            return JsonResponse({"saved": False, "error": repr(exc)}, status=422)
        question.validator_source = validator.source
        question.save(update_fields=["validator_source"])
        Survey.objects.filter(pk=question.survey_id).update(needs_review=True)
        return JsonResponse({"saved": True, "sample_valid": ok})
