"""The hub's standard pages: about, get involved, payment, accessibility and privacy."""

import datetime

from hub.models import StandardPage

from .base import ImageRef, PageSpec, at_nine
from .streams import accordion, cta, heading, image, para, quote

LAUNCH = at_nine(datetime.date(2019, 2, 4))


def accessibility_statement():
    return PageSpec(
        StandardPage,
        "accessibility-statement",
        {
            "title": "Accessibility statement",
            "summary": "How accessible the hub is, the problems we know about and how to tell us about others.",
            "intro": "We want everyone to be able to use this website, including people who use a screen "
            "reader, people who only use a keyboard and people who are not confident online.",
            "body": [
                heading("Using this website"),
                para(
                    "The hub is run by the Health and Care Research Engagement Hub partnership. We design it "
                    "to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. "
                    "That means you should be able to:\n\n"
                    "- zoom in up to 400% without text spilling off the screen\n"
                    "- get to every part of the site with a keyboard alone\n"
                    "- use it with a screen reader, such as NVDA, JAWS or VoiceOver\n"
                    "- change colours, fonts and text size in your browser\n"
                    "- read it on a phone over a slow connection\n"
                    "- switch between English, Welsh and other languages where we have translations"
                ),
                para(
                    "We write in plain English. If something is hard to understand, please tell us "
                    "and we will rewrite it. [AbilityNet](https://mcmw.abilitynet.org.uk/) has advice "
                    "on making your device easier to use if you have a disability."
                ),
                heading("How accessible this website is"),
                para(
                    "We know some parts of the site are not fully accessible yet:\n\n"
                    "- some older reports are PDF files that do not work well with screen readers\n"
                    "- a few videos from past events have English captions but no transcripts\n"
                    "- not every page has been translated, so some links take you to English pages\n"
                    "- photos sent with community examples have alt text written by the people who "
                    "sent them, which our moderators check but may not always improve"
                ),
                heading("Feedback and contact information"),
                para(
                    "If you need information on this website in a different format, such as large "
                    "print, easy read, audio or a different language, email "
                    "[hello@hub.example.org](mailto:hello@hub.example.org) or call 0300 123 4567. "
                    "We will reply within 5 working days."
                ),
                heading("Reporting accessibility problems"),
                para(
                    "We are always looking to improve. If you find a problem that is not listed on "
                    "this page, or you think we are not meeting accessibility requirements, please "
                    "[contact us](mailto:hello@hub.example.org). Tell us the web address of the page "
                    "and what went wrong."
                ),
                heading("Enforcement procedure"),
                para(
                    "The Equality and Human Rights Commission (EHRC) enforces the Public Sector Bodies "
                    "(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you "
                    "are not happy with how we respond to your complaint, contact the "
                    "[Equality Advisory and Support Service](https://www.equalityadvisoryservice.com/). "
                    "If you live in Northern Ireland, contact the "
                    "[Equality Commission for Northern Ireland](https://www.equalityni.org/)."
                ),
                heading("Technical information"),
                accordion(
                    (
                        "Compliance status",
                        "This website is partially compliant with WCAG 2.2 level AA, because of the "
                        "problems listed under 'How accessible this website is'.",
                    ),
                    (
                        "What we are doing to improve",
                        "We are replacing the older PDF reports with web pages, one each month, "
                        "starting with the most read. We will add transcripts to all event videos "
                        "by the end of this year. New content is checked before it is published.",
                    ),
                    (
                        "How we tested this website",
                        "Every change to the site is checked automatically with axe-core and the Nu "
                        "HTML checker. Twice a year we test the main journeys by hand, with a keyboard, "
                        "with NVDA and VoiceOver, and at 400% zoom, and we ask members of our public "
                        "panel who use assistive technology to try them too.",
                    ),
                ),
                para(
                    "This statement was prepared on 3 March 2025. It was last reviewed on 1 September 2025."
                ),
            ],
        },
        first_published_at=LAUNCH,
    )


def privacy_notice():
    return PageSpec(
        StandardPage,
        "privacy-notice",
        {
            "title": "Privacy notice",
            "summary": "What personal data the hub keeps when you share an example with us, why, "
            "for how long, and your rights.",
            "intro": "You can read everything on the hub without telling us who you are. We only "
            "keep personal data when you share an example or contact us, and we keep as little as we can.",
            "body": [
                heading("Who we are"),
                para(
                    "The Health and Care Research Engagement Hub partnership is the data controller for "
                    "personal data collected through this website. You can contact our data "
                    "protection officer at [privacy@hub.example.org](mailto:privacy@hub.example.org)."
                ),
                heading("When you share a community example"),
                para(
                    "When you send us an example of how you involved people in research, we keep:\n\n"
                    "- your name and email address, so we can tell you what is happening to your example\n"
                    "- the name of your group or organisation, if you give one\n"
                    "- the names of anyone you want us to credit\n"
                    "- your answers and any photos you send\n"
                    "- what you agreed to, and the exact wording you agreed to, such as whether we may "
                    "publish your example, contact you, and show photos of the people in them\n"
                    "- how your example reached us (the online form, a workshop, a phone call, a letter "
                    "or an email), the language you used and the dates it was sent and changed\n"
                    "- if one of our team typed it in for you, which member of the team did"
                ),
                para(
                    "Your name and email address are never shown on the website and are never copied "
                    "into the published page. The page shows the names you asked us to credit, your "
                    "group's name, or no names at all: you choose."
                ),
                heading("Why we use it"),
                para(
                    "We publish your example because you agreed to it (consent, under the UK General "
                    "Data Protection Regulation). We use your contact details to tell you when your "
                    "example is received, reviewed, changed or published, and to share back the "
                    "collection of examples it becomes part of, because you asked us to. We do not "
                    "use your details for marketing and we never sell them."
                ),
                heading("Who can see it"),
                para(
                    "- Moderators, who are trained members of our team, see your contact details so "
                    "they can check consent and safeguarding and reply to you.\n"
                    "- Our lay review panel sees your example, but not your name or email address.\n"
                    "- Our hosting provider stores the data on servers in the UK and cannot use it "
                    "for anything else."
                ),
                heading("How long we keep it"),
                para(
                    "If your example is published, we keep your contact details while it is on the "
                    "site and for 12 months after it is taken down. If it is not published, we delete "
                    "your contact details 12 months after we tell you our decision. Web server logs, "
                    "which include IP addresses, are deleted after 30 days."
                ),
                heading("Changing your mind"),
                para(
                    "You can change or withdraw your example at any time using the private link in "
                    "the email we sent you, or by contacting us. When you withdraw it, we take the "
                    "page down and erase your name, email address, group name and credits straight "
                    "away. We keep only a reference number and the date, so we can show we did it."
                ),
                heading("Your rights"),
                accordion(
                    (
                        "See the data we hold about you",
                        "Ask us for a copy of your personal data and we will send it within one month.",
                    ),
                    (
                        "Correct or delete it",
                        "Tell us if something is wrong, or ask us to delete your data. You can also "
                        "do this yourself with your private link.",
                    ),
                    (
                        "Complain",
                        "If you are unhappy with how we have used your data, please tell us first. You "
                        "can also complain to the [Information Commissioner's Office](https://ico.org.uk/make-a-complaint/) "
                        "or call them on 0303 123 1113.",
                    ),
                ),
                heading("Cookies"),
                para(
                    "We only use cookies the site needs to work: one that remembers your language "
                    "and one that protects the form from misuse. We do not use advertising or "
                    "tracking cookies."
                ),
                para("This notice was last updated on 1 September 2025."),
            ],
        },
        first_published_at=LAUNCH,
    )


def about():
    return PageSpec(
        StandardPage,
        "about",
        {
            "title": "About the hub",
            "show_in_menus": True,
            "summary": "Why the hub exists, who runs it and how we work with patients, carers and the public.",
            "intro": "The hub collects and shares what people are learning about working in partnership "
            "with patients, carers and communities in health and care research.",
            "listing_image": ImageRef("table"),
            "body": [
                para(
                    "Research is better when the people it is meant to help shape it. Across the UK, "
                    "researchers, public contributors and community groups are finding new ways to "
                    "work together, but what they learn often stays within one project. The hub is "
                    "where we gather that learning, write it up in plain English and share it back."
                ),
                image(
                    "table",
                    "Seven people of different backgrounds sitting around a table covered in papers.",
                    "Partnership means everyone at the table has a say.",
                ),
                heading("Our five areas of focus"),
                para(
                    "After a series of workshops with public contributors and the research community, "
                    "we agreed five areas where partnership working most needs to improve. Everything "
                    "we publish is tagged with the areas it speaks to."
                ),
                accordion(
                    (
                        "Inclusion and diversity",
                        "Working more closely with communities that research has largely bypassed, "
                        "and building long-term, equal relationships with them rather than asking "
                        "for help once and disappearing.",
                    ),
                    (
                        "Learning and development",
                        "Training that goes beyond the basics, a way for researchers and public "
                        "involvement specialists to keep developing, and support for skills within "
                        "community and voluntary groups too.",
                    ),
                    (
                        "Impact",
                        "Understanding the difference that involvement makes, so we can learn and "
                        "improve. Public contributors help decide what counts as impact.",
                    ),
                    (
                        "Digital technologies",
                        "Learning from the online ways of working that grew during the Covid-19 "
                        "pandemic, while helping people who are not online, for example with "
                        "digital buddies.",
                    ),
                    (
                        "Processes that are fit for purpose",
                        "Sorting out long-standing problems such as slow and complicated payments to "
                        "public contributors, and making it easier to involve people early, before "
                        "a study has funding.",
                    ),
                ),
                heading("How we work"),
                para(
                    "There is more than one good way to work with people. Depending on the job, we "
                    "and the projects we write about use **co-production**, **co-design**, "
                    "**engagement**, **consultation** and **informing**. Co-production goes furthest: "
                    "power is shared and decisions are made together from start to finish. What "
                    "matters most is that the approach fits the work and that people know what they "
                    "are being asked to do."
                ),
                quote(
                    "Nobody should have to explain twice why their experience matters. The hub is "
                    "somewhere it has already been written down.",
                    "Ewan Campbell, chair of the lay review panel",
                ),
                heading("Who runs the hub"),
                para(
                    "The hub is run by a partnership of universities, NHS trusts and community "
                    "organisations, with a lay review panel of patients, carers and members of the "
                    "public who review what we publish. Public contributors are paid for their time."
                ),
                cta(
                    "Read the case studies",
                    "See how projects across the UK have worked with the people their research is for.",
                    "Browse case studies",
                    page="case-studies",
                ),
            ],
        },
        first_published_at=LAUNCH,
    )


def get_involved():
    return PageSpec(
        StandardPage,
        "get-involved",
        {
            "title": "Get involved",
            "show_in_menus": True,
            "summary": "Share your example, join our lay review panel or write for the blog. "
            "We pay public contributors for their time.",
            "intro": "There are lots of ways to take part, whether you have an hour to spare or want "
            "to be involved for years. You do not need any experience of research.",
            "listing_image": ImageRef("conversation"),
            "body": [
                heading("Share an example of your work"),
                para(
                    "Have you involved patients, carers or communities in research, or are you "
                    "planning to? Tell us what you did and what you learned, in your own words. "
                    "We gather the examples into collections and share them back with everyone "
                    "who took part, so groups can learn from each other."
                ),
                cta(
                    "Share your example",
                    "It takes about 15 minutes. You do not need an account, and you choose whether you are named.",
                    "Share your example",
                    page="community-examples",
                ),
                heading("Join the lay review panel"),
                para(
                    "Our panel of patients, carers and members of the public reads case studies and "
                    "community examples before they are published, and checks they make sense to "
                    "people outside research. Panel members meet online once a month for 90 minutes, "
                    "with a phone option for anyone who prefers it."
                ),
                heading("Write for the blog"),
                para(
                    "We welcome posts from public contributors, researchers and community groups, "
                    "and especially posts written together. Our editors can help you shape your "
                    "ideas, and public contributors are paid for writing."
                ),
                heading("Support for you"),
                accordion(
                    (
                        "Payment and expenses",
                        "We pay public contributors for their time and cover travel, care and other "
                        "costs. Read about [payment for your time](page:payment-for-your-time).",
                    ),
                    (
                        "Getting online",
                        "If you are not confident with video calls, a digital buddy can help you set "
                        "up and practise before your first meeting. We can lend you a tablet and data.",
                    ),
                    (
                        "Other formats and languages",
                        "We can send papers in large print, easy read or another language, and book "
                        "interpreters, including British Sign Language.",
                    ),
                    (
                        "Your personal data",
                        "Our [privacy notice](page:privacy-notice) explains what we keep and why.",
                    ),
                ),
            ],
        },
        first_published_at=LAUNCH,
    )


def payment_for_your_time():
    return PageSpec(
        StandardPage,
        "payment-for-your-time",
        {
            "title": "Payment for your time",
            "summary": "What we pay public contributors, what expenses we cover and how quickly you are paid.",
            "intro": "Your time and experience are valuable, so we pay for them. We want payment to be "
            "simple, fair and quick.",
            "listing_image": ImageRef("coins-clock"),
            "body": [
                para(
                    "We pay public contributors **£25 an hour**, or **£150 for a full day**, for "
                    "meetings, reading, reviewing and writing, including the time it takes to prepare. "
                    "We also pay for travel, parking, care for someone you look after and any other "
                    "costs of taking part, agreed with you in advance."
                ),
                image("coins-clock", "Stacks of coins beside a clock."),
                heading("How you are paid"),
                para(
                    "1. After each activity, you fill in a one-page claim, online or on paper.\n"
                    "2. We pay into your bank account within 10 working days.\n"
                    "3. If you prefer, we can pay in vouchers, or you can choose not to be paid."
                ),
                quote(
                    "I used to chase payments for months. Being paid in a week, without an invoice, "
                    "made me feel like part of the team.",
                    "Public contributor, lay review panel",
                ),
                heading("Benefits and tax"),
                para(
                    "Payments can affect some benefits and may need to be declared for tax. Before "
                    "you start, we will arrange free, independent advice so you can decide what is "
                    "right for you. You can change how you are paid at any time."
                ),
                para(
                    "Questions about payment? Email [hello@hub.example.org](mailto:hello@hub.example.org) "
                    "and our public involvement lead will talk it through with you before you agree to anything."
                ),
            ],
        },
        first_published_at=LAUNCH,
    )
