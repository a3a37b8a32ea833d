"""The per-address limit holds across workers and restarts, and counts refused posts too."""

import threading

import pytest
from django.db import connection
from django.test import Client

from casestudies import ratelimit
from casestudies.models import FormPost, Submission
from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data, form_token, send

community = kit.community


@pytest.mark.django_db
def test_refused_posts_count_towards_the_limit(client, community, settings):
    settings.COMMUNITY_POSTS_PER_HOUR = 3
    for _ in range(3):
        assert send(client, community, form_data(community, title="")).status_code == 400
    response = send(client, community, form_data(community))
    assert response.status_code == 429
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_the_count_is_stored_so_a_restart_does_not_reset_it(client, community, settings):
    settings.COMMUNITY_SUBMISSIONS_PER_HOUR = 1
    assert send(client, community, form_data(community)).status_code == 302
    from django.core.cache import cache

    cache.clear()  # what a restart of a per-process cache would do
    assert send(client, community, form_data(community)).status_code == 429
    assert FormPost.objects.filter(accepted=True).count() == 1


@pytest.mark.django_db
def test_a_forwarded_header_is_believed_only_when_configured(rf, settings):
    request = rf.post("/", HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7", REMOTE_ADDR="10.0.0.2")
    assert ratelimit.client_address(request) == "10.0.0.2"
    settings.COMMUNITY_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    # The proxy appends the real address; anything before it was sent by the client.
    assert ratelimit.client_address(request) == "203.0.113.7"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent connections need a server database")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ten_simultaneous_posts_let_only_the_limit_through(community, settings):
    settings.COMMUNITY_SUBMISSIONS_PER_HOUR = 5
    settings.COMMUNITY_FORM_MIN_SECONDS = 0
    start = threading.Barrier(10)
    statuses = []

    def post(number):
        data = form_data(community, form_token=form_token(key=f"race-{number}"))
        start.wait()
        statuses.append(send(Client(), community, data).status_code)
        connection.close()

    threads = [threading.Thread(target=post, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(statuses) == 10
    assert statuses.count(302) <= 5
    assert Submission.objects.count() == statuses.count(302)
