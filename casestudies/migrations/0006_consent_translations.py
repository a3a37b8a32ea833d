"""The first consent wording in Welsh and Urdu, so readers agree to statements they can read."""

from django.db import migrations, models

TRANSLATIONS_2025_1 = {
    "cy": {
        "publish_text": (
            "Rwy'n cytuno y gall yr hyb gyhoeddi fy enghraifft ar ei wefan, ar ôl i'w adolygwyr ei "
            "gwirio. Rwy'n gwybod y gallaf ofyn iddi gael ei thynnu i lawr unrhyw bryd."
        ),
        "contact_text": (
            "Rwy'n cytuno y gall yr hyb anfon e-bost ataf am fy enghraifft a dweud wrthyf pan gaiff ei "
            "rhannu mewn casgliad o enghreifftiau."
        ),
        "pictured_text": (
            "Mae pawb y gellir eu hadnabod yn fy lluniau wedi cytuno y gellir cyhoeddi'r lluniau."
        ),
    },
    "ur": {
        "publish_text": (
            "میں متفق ہوں کہ ہب اپنے جائزہ کاروں کی جانچ کے بعد میری مثال اپنی ویب سائٹ پر شائع کر سکتا "
            "ہے۔ میں جانتا ہوں کہ میں کسی بھی وقت اسے ہٹانے کا کہہ سکتا ہوں۔"
        ),
        "contact_text": (
            "میں متفق ہوں کہ ہب مجھے میری مثال کے بارے میں ای میل کر سکتا ہے اور بتا سکتا ہے کہ اسے "
            "مثالوں کے کسی مجموعے میں کب شیئر کیا گیا۔"
        ),
        "pictured_text": "میری تصاویر میں پہچانے جا سکنے والے ہر شخص نے اتفاق کیا ہے کہ تصاویر شائع کی جا سکتی ہیں۔",
    },
}


def forwards(apps, schema_editor):
    ConsentVersion = apps.get_model("casestudies", "ConsentVersion")
    ConsentVersion.objects.filter(version="2025-1", translations={}).update(translations=TRANSLATIONS_2025_1)


class Migration(migrations.Migration):
    dependencies = [("casestudies", "0005_facet_count_indexes")]

    operations = [
        migrations.AddField(
            model_name="consentversion",
            name="translations",
            field=models.JSONField(blank=True, default=dict, verbose_name="translations"),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
