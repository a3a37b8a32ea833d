"""Helpers to post Wagtail admin page forms the way the editor does."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data


def page_form(**fields):
    """Flat POST data for a page form: the fields given, plus the empty comments formset.

    A list value is a multiple choice (e.g. ``themes=[theme.pk]``) and is posted as it is;
    use ``streamfield()`` and ``inline_formset()`` for nested data.
    """
    fields.setdefault("comments", inline_formset([]))
    choices = {name: value for name, value in fields.items() if isinstance(value, list)}
    nested = {name: value for name, value in fields.items() if name not in choices}
    return {**nested_form_data(nested), **choices}


def add_url(parent, model):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def publish(data):
    return {**data, "action-publish": "action-publish"}


def form_errors(response):
    """The page form's errors as {field: [messages]}, for readable assertion failures."""
    form = response.context["form"]
    errors = {field: list(messages) for field, messages in form.errors.items()}
    for name, formset in getattr(form, "formsets", {}).items():
        for index, child_errors in enumerate(formset.errors):
            for field, messages in child_errors.items():
                errors[f"{name}-{index}-{field}"] = list(messages)
        if formset.non_form_errors():
            errors[f"{name}-non-form"] = list(formset.non_form_errors())
    return errors


def block_errors(response, field="body"):
    """Every message inside a StreamField's nested block errors, as {"path.to.child": [messages]}."""
    found = {}

    def walk(error, path):
        children = getattr(error, "block_errors", None)
        if children:
            for key, child in children.items():
                walk(child, f"{path}.{key}" if path else str(key))
            return
        for message in getattr(error, "messages", [str(error)]):
            found.setdefault(path, []).append(str(message))

    for error in response.context["form"].errors[field].as_data():
        walk(error, "")
    return found
