"""Public views for community examples, served through the index page's routes."""

import csv

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from casestudies import ratelimit, share_draft
from casestudies.answers_summary import answer_rows, photo_rows
from casestudies.forms import EditAnswersForm, LinkAgainForm, SubmissionForm
from casestudies.models import Submission
from casestudies.services.link_again import send_links_again
from casestudies.services.submit import resubmit_example, submit_example
from casestudies.services.tokens import InvalidStatusToken, make_status_token, read_status_token
from casestudies.services.withdraw import withdraw_submission
from casestudies.services.workflow import current_workflow_state, history, stage_label
from hub.http_cache import keep_private


def _subpage_url(index_page, name, token):
    return index_page.url + index_page.reverse_subpage(name, kwargs={"token": token})


@never_cache
def submission_form_view(request, index_page):
    """The form. A valid post keeps the answers as a draft and goes on to "Check your answers"."""
    limited = False
    if request.method == "POST":
        files = share_draft.files_with_kept_photos(request, request.FILES)
        form = SubmissionForm(request.POST, files, locale=index_page.locale)
        limited = ratelimit.count_post(request)
        if not limited and form.is_valid():
            share_draft.save(request, form)
            return HttpResponseRedirect(index_page.url + index_page.reverse_subpage("share_check"))
        form.renew_token()
    elif draft := share_draft.load(request):
        # Back from "Check your answers" to change something: every answer and photo is kept.
        form = SubmissionForm(*draft, locale=index_page.locale)
        form.renew_token()
    else:
        form = SubmissionForm(locale=index_page.locale)
    kept = share_draft.kept_photos(request)
    slots = [
        (photo, description, slot in kept) for slot, (photo, description) in enumerate(form.photo_slots(), 1)
    ]
    response = index_page.render(
        request,
        template="casestudies/submission_form.html",
        context_overrides={"form": form, "rate_limited": limited, "photo_slots": slots},
    )
    if limited or (request.method == "POST" and form.errors):
        response.status_code = 429 if limited else 400
    return keep_private(response) if kept else response


@never_cache
def submission_check_view(request, index_page):
    """'Check your answers', then send: only here does an example go in for review."""
    share_url = index_page.url + index_page.reverse_subpage("share")
    draft = share_draft.load(request)
    if draft is None:
        sent = request.session.get(share_draft.SENT_KEY)
        if request.method == "POST" and sent:  # a second click on "Send": the first was taken in
            return HttpResponseRedirect(_subpage_url(index_page, "received", sent))
        return HttpResponseRedirect(share_url)
    form = SubmissionForm(*draft, locale=index_page.locale)
    if not form.is_valid():  # expired, or the consent wording changed: the form says what to do
        return HttpResponseRedirect(share_url)
    limited = False
    if request.method == "POST":
        reservation = None if ratelimit.count_post(request) else ratelimit.reserve_submission(request)
        limited = reservation is None
        if reservation is not None:
            submission, created = submit_example(
                index_page,
                form.cleaned_data,
                photos=form.cleaned_data["photos"],
                language_code=getattr(request, "LANGUAGE_CODE", "en"),
                idempotency_key=form.idempotency_key,
            )
            if not created:
                ratelimit.release(reservation)  # a double click: the first post already counted
            token = make_status_token(submission)
            share_draft.discard(request, sent_token=token)
            return HttpResponseRedirect(_subpage_url(index_page, "received", token))
    response = index_page.render(
        request,
        template="casestudies/submission_check.html",
        context_overrides={
            "form": form,
            "rows": answer_rows(form),
            "photos": photo_rows(form),
            "share_url": share_url,
            "rate_limited": limited,
        },
    )
    if limited:
        response.status_code = 429
    return keep_private(response)


def link_again_view(request, index_page):
    limited = False
    form = LinkAgainForm(request.POST or None)
    if request.method == "POST":
        limited = ratelimit.count_post(request)
        if not limited and form.is_valid():
            send_links_again(index_page, form.cleaned_data["email"])
            return HttpResponseRedirect(index_page.url + index_page.reverse_subpage("link_again_sent"))
    response = index_page.render(
        request,
        template="casestudies/submission_link_again.html",
        context_overrides={"form": form, "rate_limited": limited},
    )
    if limited or form.errors:
        response.status_code = 429 if limited else 400
    return keep_private(response)


def link_again_sent_view(request, index_page):
    return keep_private(index_page.render(request, template="casestudies/submission_link_again_sent.html"))


def _invalid_link(request, index_page):
    response = index_page.render(
        request,
        template="casestudies/submission_link_invalid.html",
        context_overrides={"link_again_url": index_page.url + index_page.reverse_subpage("link_again")},
    )
    response.status_code = 404
    return keep_private(response)


def _load(token):
    try:
        return read_status_token(token)
    except InvalidStatusToken:
        return None


def submission_confirmation_view(request, index_page, token):
    submission = _load(token)
    if submission is None:
        return _invalid_link(request, index_page)
    return keep_private(
        index_page.render(
            request,
            template="casestudies/submission_confirmation.html",
            context_overrides={
                "submission": submission,
                "status_url": _subpage_url(index_page, "status", token),
            },
        )
    )


def _status_context(index_page, submission, token):
    page = submission.page
    state = current_workflow_state(page) if page else None
    current_task = state.current_task_state.task if state and state.current_task_state else None
    latest = page.get_latest_revision_as_object() if page else None
    return {
        "submission": submission,
        "example": latest,
        "current_stage": stage_label(current_task) if current_task else "",
        "history": history(page),
        "token": token,
        "status_url": _subpage_url(index_page, "status", token),
        "edit_url": _subpage_url(index_page, "status_edit", token),
        "withdraw_url": _subpage_url(index_page, "status_withdraw", token),
        "can_edit": submission.status == Submission.Status.CHANGES_REQUESTED,
        "can_withdraw": submission.status not in (Submission.Status.WITHDRAWN, Submission.Status.SPAM),
        "public_url": page.url if page and page.live else "",
    }


def submission_status_view(request, index_page, token):
    submission = _load(token)
    if submission is None:
        return _invalid_link(request, index_page)
    return keep_private(
        index_page.render(
            request,
            template="casestudies/submission_status.html",
            context_overrides=_status_context(index_page, submission, token),
        )
    )


def submission_edit_view(request, index_page, token):
    submission = _load(token)
    if submission is None:
        return _invalid_link(request, index_page)
    context = _status_context(index_page, submission, token)
    if not context["can_edit"]:
        return HttpResponseRedirect(context["status_url"])
    if request.method == "POST":
        form = EditAnswersForm(request.POST, locale=index_page.locale)
        if form.is_valid():
            resubmit_example(submission, form.cleaned_data)
            return HttpResponseRedirect(context["status_url"] + "?resubmitted=1")
    else:
        form = EditAnswersForm(
            initial=EditAnswersForm.initial_from_page(context["example"]), locale=index_page.locale
        )
    context["form"] = form
    response = index_page.render(
        request, template="casestudies/submission_edit.html", context_overrides=context
    )
    if form.errors:
        response.status_code = 400
    return keep_private(response)


def submission_withdraw_view(request, index_page, token):
    submission = _load(token)
    if submission is None:
        return _invalid_link(request, index_page)
    context = _status_context(index_page, submission, token)
    if request.method == "POST" and context["can_withdraw"]:
        withdraw_submission(submission)
        return HttpResponseRedirect(context["status_url"])
    context["confirm_withdraw"] = True
    return keep_private(
        index_page.render(request, template="casestudies/submission_status.html", context_overrides=context)
    )


# --- Collections ------------------------------------------------------------------------------

CSV_HEADERS = [
    "title",
    "address",
    "areas of focus",
    "ways of working",
    "topic",
    "region",
    "stage",
    "credit",
    "published",
]


def _csv_safe(value):
    """Stop spreadsheet programs treating a cell as a formula."""
    value = str(value or "")
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def collection_csv_view(request, collection):
    from casestudies.community_queries import collection_groups

    examples = collection_groups(collection)["examples"]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{collection.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_HEADERS)
    for example in examples:
        writer.writerow(
            [
                _csv_safe(cell)
                for cell in (
                    example.title,
                    example.get_full_url(request),
                    "; ".join(t.name for t in example.themes.all()),
                    "; ".join(a.name for a in example.approaches.all()),
                    example.topic.name if example.topic else "",
                    example.region.name if example.region else "",
                    example.get_stage_display(),
                    example.credit_line,
                    example.first_published_at.date().isoformat() if example.first_published_at else "",
                )
            ]
        )
    return response


def collection_feed_view(request, collection):
    from casestudies.community_queries import collection_groups

    if not collection.live:
        raise Http404
    feed = Rss201rev2Feed(
        title=collection.title,
        link=collection.get_full_url(request),
        description=collection.summary or _("Community examples in this collection"),
        language=collection.locale.language_code,
    )
    for example in collection_groups(collection)["examples"]:
        feed.add_item(
            title=example.title,
            link=example.get_full_url(request),
            description=example.summary,
            pubdate=example.first_published_at,
            unique_id=example.get_full_url(request),
        )
    return HttpResponse(feed.writeString("utf-8"), content_type="application/rss+xml; charset=utf-8")
