"""The hub's periodic jobs, run by `manage.py run_scheduler` beside the task worker.

Run one scheduler per site: each job is a management command, run in this process one after
another, when its interval has passed since it last ran (and once when the scheduler starts).
A job that fails is logged and tried again at its next turn; it never stops the others.
"""

import logging
import time
from dataclasses import dataclass

from django.core.management import call_command
from django.db import connections

logger = logging.getLogger(__name__)

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR


@dataclass(frozen=True)
class Job:
    command: str
    every: int  # seconds
    args: tuple = ()


JOBS = (
    # Pages whose "go live" or "expiry" time has come.
    Job("publish_scheduled", MINUTE),
    # Emails a mail server refused or that no worker picked up: tried again.
    Job("send_pending_emails", 5 * MINUTE),
    # Share-form drafts' photos left by people who never sent them.
    Job("clear_share_drafts", HOUR),
    Job("clearsessions", DAY),
    # Names and email addresses of interest in events and opportunities, after a year.
    Job("erase_old_interest", DAY),
    # Email alert requests nobody confirmed within a week.
    Job("erase_unconfirmed_alerts", DAY),
    # Revisions nobody can go back to any more (not the latest, not live, not in a workflow).
    Job("purge_revisions", DAY, ("--days=90",)),
    Job("prune_db_task_results", DAY),
    # Rebuild the search index, in case a change reached the database by another path.
    Job("update_index", DAY),
)


def due_jobs(last_runs, now, jobs=JOBS):
    """The jobs whose interval has passed since they last ran (all of them the first time)."""
    return [job for job in jobs if job.command not in last_runs or now - last_runs[job.command] >= job.every]


def run_job(job):
    """Run one job; True if it finished. A failure is logged, never raised."""
    _drop_broken_connections()
    started = time.monotonic()
    try:
        call_command(job.command, *job.args, verbosity=0)
    except Exception:
        logger.exception("Scheduled job %s failed", job.command)
        return False
    finally:
        _drop_broken_connections()
    logger.info("Scheduled job %s finished in %.1f s", job.command, time.monotonic() - started)
    return True


def _drop_broken_connections():
    """A connection the database dropped (a restart, a failover) is replaced before the next job.

    As Django does between requests; never inside a transaction (the tests run in one).
    """
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


def run_due(last_runs, now, jobs=JOBS, stopping=None):
    """Run every due job and note when it ran, until ``stopping`` (an Event) is set.
    Returns the commands that finished."""
    finished = []
    for job in due_jobs(last_runs, now, jobs):
        if stopping is not None and stopping.is_set():
            break
        last_runs[job.command] = now
        if run_job(job):
            finished.append(job.command)
    return finished


def seconds_until_next(last_runs, now, jobs=JOBS):
    return max(0, min(last_runs.get(job.command, now) + job.every - now for job in jobs))
