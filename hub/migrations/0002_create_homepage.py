"""Replace Wagtail's default welcome page with the hub's HomePage."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("hub.HomePage")

    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    if HomePage.objects.exists():
        return

    locale, _ = Locale.objects.get_or_create(language_code="en")
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="hub")
    root = Page.objects.get(depth=1)
    path = root.path + "0001"
    while Page.objects.filter(path=path).exists():
        path = root.path + f"{int(path[-4:]) + 1:04d}"
    homepage = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        content_type=home_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        hero_heading="Health and care research, shaped by the people it is for",
        live=True,
    )
    Page.objects.filter(pk=root.pk).update(numchild=Page.objects.filter(depth=2).count())
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page_id=homepage.pk, is_default_site=True)


def remove_homepage(apps, schema_editor):
    apps.get_model("hub.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [("hub", "0001_initial")]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
