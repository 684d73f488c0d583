# corpus: cwe=502 label=safe
"""Workflow designer: power users upload workflow definitions as YAML."""
import yaml
from django import forms
from django.http import JsonResponse
from django.views.generic import FormView

from workflows.models import Workflow

KNOWN_ACTIONS = {"http", "email", "slack", "wait", "noop"}


class WorkflowUploadForm(forms.Form):
    name = forms.CharField(max_length=120)
    definition = forms.CharField(widget=forms.Textarea)

    def clean_definition(self):
        text = self.cleaned_data["definition"]
        try:
            doc = yaml.load(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            raise forms.ValidationError(f"YAML error: {exc}")
        if not isinstance(doc, dict):
            raise forms.ValidationError("the workflow must be a mapping")
        return doc


def normalise_steps(doc):
    steps = []
    for idx, step in enumerate(doc.get("steps", []), start=1):
        action = str(step.get("action", "noop")).lower()
        if action not in KNOWN_ACTIONS:
            raise ValueError(f"step {idx}: unknown action {action}")
        steps.append({"order": idx, "action": action, "params": step.get("with", {})})
    return steps


class WorkflowUploadView(FormView):
    form_class = WorkflowUploadForm
    template_name = "workflows/upload.html"

    def form_valid(self, form):
        doc = form.cleaned_data["definition"]
        try:
            steps = normalise_steps(doc)
        except ValueError as exc:
            form.add_error("definition", str(exc))
            return self.form_invalid(form)
        wf = Workflow.objects.create(
            owner=self.request.user,
            name=form.cleaned_data["name"],
            steps=steps,
            trigger=doc.get("on", "manual"),
        )
        return JsonResponse({"id": wf.pk, "steps": len(steps)}, status=201)
