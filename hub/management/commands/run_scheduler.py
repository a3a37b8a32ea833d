import signal
import threading
import time

from django.core.management.base import BaseCommand

from hub import scheduler


class Command(BaseCommand):
    help = (
        "Run the hub's periodic jobs (scheduled publishing, pending emails, sessions, revisions, "
        "the search index) for ever, or once with --once. Run one scheduler per site."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once, then stop.")

    def handle(self, *args, once=False, **options):
        if once:
            finished = scheduler.run_due({}, time.monotonic())
            self.stdout.write(f"Finished {len(finished)} of {len(scheduler.JOBS)} jobs.")
            return
        stopping = threading.Event()

        def stop(*_):
            # As django-tasks' worker does: the first signal lets the running job finish and
            # skips the rest; a second one stops that job at once (each job is safe to stop
            # part-way, and runs again at its next turn).
            if stopping.is_set():
                raise SystemExit(1)
            stopping.set()

        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, stop)
        self.stdout.write("Scheduler started: " + ", ".join(job.command for job in scheduler.JOBS))
        last_runs = {}
        while not stopping.is_set():
            scheduler.run_due(last_runs, time.monotonic(), stopping=stopping)
            stopping.wait(scheduler.seconds_until_next(last_runs, time.monotonic()))
        self.stdout.write("Scheduler stopped.")
