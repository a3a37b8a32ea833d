"""The footer line moves from site settings to the home page, so it is translated with it;
the hero image gets a description on the page, for the same reason."""

from django.db import migrations, models


def footer_text_to_home_pages(apps, schema_editor):
    """Each site's footer line goes to its home page and that page's translations."""
    SiteSettings = apps.get_model("hub", "SiteSettings")
    HomePage = apps.get_model("hub", "HomePage")
    for settings in SiteSettings.objects.exclude(footer_text="").select_related("site__root_page"):
        root = settings.site.root_page
        HomePage.objects.filter(translation_key=root.translation_key, footer_text="").update(
            footer_text=settings.footer_text
        )


class Migration(migrations.Migration):
    dependencies = [("hub", "0006_translations_share_first_published_date")]

    operations = [
        migrations.AddField(
            model_name="homepage",
            name="footer_text",
            field=models.CharField(
                blank=True,
                help_text="A short line shown in the footer of every page in this language, e.g. who runs the hub.",
                max_length=300,
                verbose_name="footer text",
            ),
        ),
        migrations.AddField(
            model_name="homepage",
            name="hero_image_alt",
            field=models.CharField(
                blank=True,
                help_text="Describe the image for people who cannot see it. If empty, the image's own description is used.",
                max_length=250,
                verbose_name="hero image description",
            ),
        ),
        migrations.RunPython(footer_text_to_home_pages, migrations.RunPython.noop),
        migrations.RemoveField(model_name="sitesettings", name="footer_text"),
    ]
