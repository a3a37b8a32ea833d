from django.urls import path

from alerts import views

urlpatterns = [
    path("", views.subscribe_view, name="alerts_subscribe"),
    path("check-your-email/", views.sent_view, name="alerts_sent"),
    path("confirm/<str:token>/", views.confirm_view, name="alerts_confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="alerts_unsubscribe"),
    path("unsubscribed/", views.unsubscribed_view, name="alerts_unsubscribed"),
]
