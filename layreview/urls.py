from django.urls import path

from layreview.views import done_view, review_view

urlpatterns = [
    path("<str:token>/", review_view, name="lay_review"),
    path("<str:token>/done/", done_view, name="lay_review_done"),
]
