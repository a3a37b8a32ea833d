"""The scheduler beside the task worker: periodic jobs run on time, and one failure stops nothing."""

import datetime
import threading

import pytest
from django.core.management import call_command
from django.utils import timezone

from blog.models import BlogPage
from hub import scheduler
from tests.factories import BlogPageFactory

pytestmark = pytest.mark.django_db


def test_once_publishes_a_page_whose_time_has_come(site_tree):
    post = BlogPageFactory(parent=site_tree.blog_index, title="Bursary places for the course", live=False)
    revision = post.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    assert not BlogPage.objects.get(pk=post.pk).live
    assert revision.approved_go_live_at is not None

    call_command("run_scheduler", "--once")

    post.refresh_from_db()
    assert post.live
    assert post.title == "Bursary places for the course"


def test_a_failing_job_is_logged_and_the_others_still_run(site_tree, caplog):
    post = BlogPageFactory(parent=site_tree.blog_index, live=False)
    post.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    jobs = (scheduler.Job("no_such_command", 60), scheduler.Job("publish_scheduled", 60))

    finished = scheduler.run_due({}, 1000.0, jobs)

    assert finished == ["publish_scheduled"]
    assert "Scheduled job no_such_command failed" in caplog.text
    post.refresh_from_db()
    assert post.live


def test_each_job_runs_again_only_when_its_interval_has_passed():
    jobs = (scheduler.Job("every_minute", 60), scheduler.Job("every_day", scheduler.DAY))
    last_runs = {"every_minute": 1000.0, "every_day": 1000.0}
    assert scheduler.due_jobs(last_runs, 1059.0, jobs) == []
    assert [job.command for job in scheduler.due_jobs(last_runs, 1060.0, jobs)] == ["every_minute"]
    assert scheduler.seconds_until_next(last_runs, 1030.0, jobs) == 30.0
    assert [job.command for job in scheduler.due_jobs({}, 0.0, jobs)] == ["every_minute", "every_day"]


def test_every_scheduled_command_exists():
    from django.core.management import get_commands

    assert {job.command for job in scheduler.JOBS} <= set(get_commands())


def test_once_asked_to_stop_no_further_job_starts(site_tree):
    post = BlogPageFactory(parent=site_tree.blog_index, live=False)
    post.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    stopping = threading.Event()
    stopping.set()
    last_runs = {}

    assert scheduler.run_due(last_runs, 1000.0, (scheduler.Job("publish_scheduled", 60),), stopping) == []

    assert last_runs == {}, "a job skipped on the way out runs at the next start"
    post.refresh_from_db()
    assert not post.live
