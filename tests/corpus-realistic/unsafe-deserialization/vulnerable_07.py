# corpus: cwe=502 label=vulnerable
"""Workflow designer: power users upload workflow definitions as YAML."""
import yaml
from django import forms
from django.http import JsonResponse
from django.views.generic import FormView

from workflows.models import Workflow


class WorkflowUploadForm(forms.Form):
    name = forms.CharField(max_length=120)
    definition = forms.CharField(widget=forms.Textarea)


def normalise_steps(doc):
    steps = []
    for idx, step in enumerate(doc.get("steps", []), start=1):
        steps.append(
            {
                "order": idx,
                "action": str(step.get("action", "noop")).lower(),
                "params": step.get("with", {}),
                "on_error": step.get("on_error", "stop"),
            }
        )
    return steps


class WorkflowUploadView(FormView):
    form_class = WorkflowUploadForm
    template_name = "workflows/upload.html"

    def form_valid(self, form):
        definition = form.cleaned_data["definition"]
        try:
            doc = yaml.unsafe_load(definition) or {}
        except yaml.YAMLError as exc:
            form.add_error("definition", f"YAML error: {exc}")
            return self.form_invalid(form)

        steps = normalise_steps(doc)
        wf = Workflow.objects.create(
            owner=self.request.user,
            name=form.cleaned_data["name"],
            steps=steps,
            trigger=doc.get("on", "manual"),
        )
        return JsonResponse({"id": wf.pk, "steps": len(steps)}, status=201)
