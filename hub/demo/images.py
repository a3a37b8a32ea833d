"""Abstract illustrations drawn with Pillow and saved as Wagtail images.

Flat shapes in the NHS colour palette on pale backgrounds, with no text in them.
Each image has a title and a description that serves as its default alt text.
Drawing is deterministic, and an image is only drawn when it is missing.
"""

import io
import math

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

WIDTH, HEIGHT = 1200, 800
SCALE = 2  # draw at twice the size, then scale down, for smooth edges
COLLECTION_NAME = "Illustrations"

DARK_BLUE = (0, 48, 135)
BLUE = (0, 94, 184)
BRIGHT_BLUE = (0, 114, 206)
AQUA = (0, 164, 153)
GREEN = (0, 150, 57)
YELLOW = (255, 184, 28)
ORANGE = (237, 139, 0)
PINK = (174, 37, 115)
PURPLE = (51, 0, 114)
WARM_WHITE = (255, 250, 240)
PALE_BLUE = (232, 241, 248)
PALE_GREEN = (232, 246, 240)
PALE_YELLOW = (255, 246, 224)
SKIN = [(141, 85, 36), (198, 134, 66), (224, 172, 105), (241, 194, 125), (255, 219, 172), (92, 58, 33)]
BRIGHTS = [BLUE, AQUA, YELLOW, PINK, GREEN, ORANGE, PURPLE, BRIGHT_BLUE]


def _s(*values):
    return [v * SCALE for v in values]


def _circle(draw, cx, cy, r, fill, outline=None, width=0):
    draw.ellipse(_s(cx - r, cy - r, cx + r, cy + r), fill=fill, outline=outline, width=width * SCALE)


def _person(draw, cx, cy, size, shirt, skin):
    """A head-and-shoulders figure: a circle over a rounded body."""
    draw.rounded_rectangle(
        _s(cx - size, cy, cx + size, cy + size * 1.6), radius=size * 0.8 * SCALE, fill=shirt
    )
    _circle(draw, cx, cy - size * 0.45, size * 0.55, skin)


def people_around_table(draw):
    cx, cy = 600, 420
    seats = 7
    for i in range(seats):
        angle = -math.pi / 2 + i * 2 * math.pi / seats
        x, y = cx + 300 * math.cos(angle), cy + 250 * math.sin(angle)
        _person(draw, x, y - 40, 62, BRIGHTS[i % len(BRIGHTS)], SKIN[i % len(SKIN)])
    _circle(draw, cx, cy, 190, WARM_WHITE, outline=DARK_BLUE, width=6)
    for i in range(5):
        angle = i * 2 * math.pi / 5
        x, y = cx + 95 * math.cos(angle), cy + 95 * math.sin(angle)
        draw.rounded_rectangle(
            _s(x - 30, y - 20, x + 30, y + 20),
            radius=8 * SCALE,
            fill=PALE_YELLOW,
            outline=BLUE,
            width=3 * SCALE,
        )


def speech_bubbles(draw):
    draw.rounded_rectangle(_s(150, 150, 700, 470), radius=80 * SCALE, fill=BLUE)
    draw.polygon(_s(260, 460, 380, 460, 230, 580), fill=BLUE)
    draw.rounded_rectangle(_s(500, 330, 1050, 640), radius=80 * SCALE, fill=YELLOW)
    draw.polygon(_s(900, 630, 800, 630, 950, 740), fill=YELLOW)
    for i in range(3):
        _circle(draw, 330 + i * 95, 310, 26, WARM_WHITE)
        _circle(draw, 680 + i * 95, 485, 26, DARK_BLUE)


def research_pathway(draw):
    points = [
        (110 + t * 9.8, 640 - 380 * (t / 100) + 90 * math.sin(t / 100 * 2.6 * math.pi)) for t in range(101)
    ]
    draw.line([tuple(_s(x, y)) for x, y in points], fill=PALE_YELLOW, width=70 * SCALE, joint="curve")
    draw.line([tuple(_s(x, y)) for x, y in points], fill=YELLOW, width=18 * SCALE, joint="curve")
    for step in range(7):
        x, y = points[step * 16]
        _circle(draw, x, y, 34, BRIGHTS[step], outline=WARM_WHITE, width=6)
    x, y = points[-1]
    draw.rectangle(_s(x - 14, y - 10, x + 14, y + 120), fill=(120, 80, 40))
    for dx, dy, r, colour in [(-60, -40, 80, GREEN), (50, -60, 85, AQUA), (0, -120, 90, GREEN)]:
        _circle(draw, x + dx, y + dy, r, colour)


def bird_boxes(draw):
    draw.rectangle(_s(0, 620, WIDTH, HEIGHT), fill=(196, 226, 200))
    for i, x in enumerate((260, 600, 940)):
        top = 250 + (i % 2) * 60
        draw.rectangle(_s(x - 12, top + 200, x + 12, 660), fill=(120, 80, 40))
        draw.polygon(_s(x - 130, top + 20, x, top - 90, x + 130, top + 20), fill=ORANGE)
        draw.rectangle(_s(x - 105, top + 10, x + 105, top + 220), fill=YELLOW)
        _circle(draw, x, top + 100, 38, DARK_BLUE)
        for ring in range(3):
            r = 80 + ring * 45
            draw.arc(
                _s(x + 40 - r, top + 100 - r, x + 40 + r, top + 100 + r), -35, 35, fill=BLUE, width=8 * SCALE
            )


def digital_buddies(draw):
    for x, colour, skin in ((330, BLUE, SKIN[1]), (870, AQUA, SKIN[4])):
        draw.rounded_rectangle(_s(x - 130, 170, x + 130, 650), radius=40 * SCALE, fill=DARK_BLUE)
        draw.rounded_rectangle(_s(x - 105, 215, x + 105, 590), radius=16 * SCALE, fill=WARM_WHITE)
        _person(draw, x, 360, 60, colour, skin)
        _circle(draw, x, 620, 14, WARM_WHITE)
    for i in range(9):
        t = i / 8
        x = 470 + 260 * t
        y = 400 - 140 * math.sin(t * math.pi)
        _circle(draw, x, y, 12 if i % 2 else 16, PINK if i % 2 else YELLOW)


def kaleidoscope(draw):
    cx, cy = 600, 400
    for ring, radius in enumerate((380, 280, 180, 90)):
        slices = 12
        for i in range(slices):
            a1 = i * 2 * math.pi / slices + ring * 0.26
            a2 = (i + 1) * 2 * math.pi / slices + ring * 0.26
            colour = BRIGHTS[(i + ring * 3) % len(BRIGHTS)]
            draw.polygon(
                _s(
                    cx,
                    cy,
                    cx + radius * math.cos(a1),
                    cy + radius * math.sin(a1),
                    cx + radius * math.cos(a2),
                    cy + radius * math.sin(a2),
                ),
                fill=colour,
            )
    _circle(draw, cx, cy, 40, WARM_WHITE)


def community_map(draw):
    places = [
        (180, 200),
        (420, 130),
        (700, 220),
        (1000, 160),
        (300, 470),
        (600, 420),
        (880, 500),
        (200, 680),
        (520, 660),
        (1020, 690),
    ]
    for a, b in [
        (0, 1),
        (1, 2),
        (2, 3),
        (0, 4),
        (4, 5),
        (5, 2),
        (5, 6),
        (6, 3),
        (4, 7),
        (7, 8),
        (8, 5),
        (8, 9),
        (6, 9),
        (1, 5),
    ]:
        draw.line([tuple(_s(*places[a])), tuple(_s(*places[b]))], fill=(180, 200, 220), width=8 * SCALE)
    for i, (x, y) in enumerate(places):
        colour = BRIGHTS[i % len(BRIGHTS)]
        if i % 3 == 0:
            draw.rectangle(_s(x - 45, y - 20, x + 45, y + 50), fill=colour)
            draw.polygon(_s(x - 60, y - 15, x, y - 70, x + 60, y - 15), fill=DARK_BLUE)
            draw.rectangle(_s(x - 12, y + 15, x + 12, y + 50), fill=WARM_WHITE)
        else:
            _circle(draw, x, y, 40, colour, outline=WARM_WHITE, width=6)


def sunrise_hills(draw):
    draw.rectangle(_s(0, 0, WIDTH, HEIGHT), fill=PALE_YELLOW)
    _circle(draw, 760, 420, 200, YELLOW)
    for ring in range(1, 4):
        r = 200 + ring * 55
        draw.arc(_s(760 - r, 420 - r, 760 + r, 420 + r), 195, 345, fill=(255, 214, 120), width=10 * SCALE)
    draw.ellipse(_s(-300, 440, 800, 1200), fill=GREEN)
    draw.ellipse(_s(450, 500, 1600, 1250), fill=AQUA)
    draw.ellipse(_s(-100, 600, 900, 1300), fill=(0, 120, 80))
    for x, y in ((260, 560), (330, 590), (960, 610)):
        draw.rectangle(_s(x - 8, y, x + 8, y + 50), fill=(90, 60, 30))
        _circle(draw, x, y, 38, (0, 110, 60))


def growing_plant(draw):
    draw.polygon(_s(470, 560, 730, 560, 690, 740, 510, 740), fill=ORANGE)
    draw.rectangle(_s(450, 530, 750, 580), fill=(200, 110, 0))
    draw.line([tuple(_s(600, 540)), tuple(_s(600, 150))], fill=GREEN, width=18 * SCALE)
    leaves = [
        (600, 470, -1, AQUA),
        (600, 390, 1, GREEN),
        (600, 310, -1, YELLOW),
        (600, 230, 1, PINK),
        (600, 160, -1, BLUE),
    ]
    for x, y, side, colour in leaves:
        bx = x + side * 150
        draw.ellipse(_s(min(x, bx), y - 45, max(x, bx), y + 45), fill=colour)


def coins_and_clock(draw):
    for column, (x, count) in enumerate(((300, 6), (460, 9), (620, 4))):
        for i in range(count):
            y = 650 - i * 36
            colour = YELLOW if (i + column) % 2 else ORANGE
            draw.ellipse(
                _s(x - 80, y - 26, x + 80, y + 26), fill=colour, outline=(200, 110, 0), width=3 * SCALE
            )
    cx, cy, r = 900, 360, 190
    _circle(draw, cx, cy, r, WARM_WHITE, outline=DARK_BLUE, width=16)
    for hour in range(12):
        a = hour * math.pi / 6
        _circle(draw, cx + (r - 40) * math.cos(a), cy + (r - 40) * math.sin(a), 8, BLUE)
    draw.line([tuple(_s(cx, cy)), tuple(_s(cx, cy - 120))], fill=DARK_BLUE, width=14 * SCALE)
    draw.line([tuple(_s(cx, cy)), tuple(_s(cx + 90, cy + 40))], fill=PINK, width=14 * SCALE)
    _circle(draw, cx, cy, 16, DARK_BLUE)


def overlapping_circles(draw):
    centres = ((480, 300), (720, 300), (480, 520), (720, 520))
    for (x, y), colour in zip(centres, (BLUE, YELLOW, AQUA, PINK), strict=True):
        draw.ellipse(_s(x - 200, y - 200, x + 200, y + 200), fill=(*colour, 170))


def review_panel(draw):
    draw.rounded_rectangle(_s(360, 90, 840, 380), radius=20 * SCALE, fill=DARK_BLUE)
    draw.rounded_rectangle(_s(390, 120, 810, 350), radius=12 * SCALE, fill=WARM_WHITE)
    for i in range(5):
        width = 320 - (i % 3) * 60
        draw.rounded_rectangle(
            _s(430, 150 + i * 38, 430 + width, 168 + i * 38), radius=8 * SCALE, fill=PALE_BLUE if i else BLUE
        )
    for i in range(5):
        x = 170 + i * 215
        colour = BRIGHTS[i]
        _person(draw, x, 520, 56, colour, SKIN[(i + 2) % len(SKIN)])
        draw.rounded_rectangle(_s(x - 90, 600, x + 90, 660), radius=14 * SCALE, fill=DARK_BLUE)
        draw.rectangle(_s(x - 70, 660, x - 55, 740), fill=DARK_BLUE)
        draw.rectangle(_s(x + 55, 660, x + 70, 740), fill=DARK_BLUE)


# (key, title, description, background, drawing function)
ILLUSTRATIONS = [
    (
        "table",
        "People around a table",
        "Illustration of seven people in different colours sitting around a round table with papers on it.",
        PALE_BLUE,
        people_around_table,
    ),
    (
        "conversation",
        "Two speech bubbles",
        "Illustration of a blue and a yellow speech bubble overlapping, like two people in conversation.",
        WARM_WHITE,
        speech_bubbles,
    ),
    (
        "pathway",
        "A path through the research cycle",
        "Illustration of a winding path with seven coloured stepping stones leading to a tree.",
        PALE_GREEN,
        research_pathway,
    ),
    (
        "bird-boxes",
        "Bird boxes and sound waves",
        "Illustration of three yellow bird boxes on posts, with sound waves coming from them.",
        PALE_BLUE,
        bird_boxes,
    ),
    (
        "phones",
        "Two phones linked together",
        "Illustration of two mobile phones, each showing a person, joined by a curve of dots.",
        PALE_YELLOW,
        digital_buddies,
    ),
    (
        "kaleidoscope",
        "Kaleidoscope",
        "Illustration of a kaleidoscope pattern made of triangles in many colours around a centre.",
        WARM_WHITE,
        kaleidoscope,
    ),
    (
        "community-map",
        "Map of a connected community",
        "Illustration of a simple map with houses and coloured circles joined by paths.",
        PALE_GREEN,
        community_map,
    ),
    (
        "sunrise",
        "Sunrise over green hills",
        "Illustration of a yellow sun rising behind rolling green hills with small trees.",
        PALE_YELLOW,
        sunrise_hills,
    ),
    (
        "plant",
        "A growing plant",
        "Illustration of a plant in an orange pot, with leaves in five different colours.",
        PALE_BLUE,
        growing_plant,
    ),
    (
        "coins-clock",
        "Coins and a clock",
        "Illustration of three stacks of coins beside a clock face, standing for payment for time.",
        PALE_BLUE,
        coins_and_clock,
    ),
    (
        "circles",
        "Four overlapping circles",
        "Illustration of four overlapping circles in blue, yellow, green and pink, making new colours where they meet.",
        WARM_WHITE,
        overlapping_circles,
    ),
    (
        "panel",
        "A review panel",
        "Illustration of five people in a row of chairs, facing a screen that shows a document.",
        PALE_YELLOW,
        review_panel,
    ),
]


def draw_illustration(background, painter):
    """PNG bytes for one illustration; drawing is deterministic."""
    canvas = PILImage.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
    painter(ImageDraw.Draw(canvas, "RGBA"))  # RGBA mode on an RGB image blends translucent fills
    picture = canvas.resize((WIDTH, HEIGHT), PILImage.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def illustrations_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def load_images(ctx):
    """Every illustration, keyed in ``ctx.images``; redrawn only if missing from storage."""
    ctx.progress.step("Creating images")
    image_model = get_image_model()
    collection = illustrations_collection()
    outcomes = []
    for index, (key, title, description, background, painter) in enumerate(ILLUSTRATIONS, start=1):
        image = image_model.objects.filter(title=title, collection=collection).first()
        if image is not None and image.file and image.file.storage.exists(image.file.name):
            outcome = "unchanged"
            if image.description != description:
                image.description = description
                image.save(update_fields=["description"])
                outcome = "updated"
        else:
            outcome = "created" if image is None else "updated"
            image = image or image_model(title=title, collection=collection)
            image.description = description
            image.file = ImageFile(io.BytesIO(draw_illustration(background, painter)), name=f"{key}.png")
            image.file_size = None
            image.file_hash = ""
            image.save()
        ctx.images[key] = image
        outcomes.append(outcome)
        ctx.progress.item("Images", index, len(ILLUSTRATIONS), title, outcome)
    ctx.progress.done("Images", outcomes)
