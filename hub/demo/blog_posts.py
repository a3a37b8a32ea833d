"""The blog posts: fictional authors writing about real questions in partnership working."""

import datetime

from .streams import accordion, cta, heading, image, para, quote

POSTS = [
    {
        "slug": "what-we-mean-by-co-production",
        "title": "What we mean by co-production",
        "date": datetime.date(2019, 3, 12),
        "authors": ["Priya Shah", "Gareth Llewellyn"],
        "summary": "Co-production is more than involving people: it means sharing power and decisions "
        "from the first idea to the last report.",
        "intro": "People use the word co-production to mean many things. Here is what we mean by it, "
        "why it is harder than it sounds, and why we think it is worth the effort.",
        "hero": ("circles", "Four overlapping coloured circles, making new colours where they meet."),
        "themes": ["inclusion-and-diversity", "learning-and-development"],
        "tags": ["co-production", "power sharing"],
        "body": [
            para(
                "Imagine a team that spends two years building a wearable sensor to spot when patients "
                "are getting worse, only to find that people take it off after a day because it is "
                "uncomfortable and fiddly to set up. Nobody asked the people who would wear it. That "
                "is the kind of costly mistake that working in partnership can prevent."
            ),
            heading("More than involvement"),
            para(
                "Many studies ask patients and the public for their views at a few set points. That "
                "is valuable. Co-production goes further: researchers, professionals and members of "
                "the public work together throughout, from choosing the question to sharing what was "
                "found. Power is shared, decisions are made together and everyone's expertise counts, "
                "whether it comes from a degree or from living with a condition."
            ),
            quote(
                "The first time I disagreed with a professor and the plan changed, I knew this "
                "was different.",
                "Gareth Llewellyn, public contributor",
            ),
            heading("Why it takes time"),
            para(
                "Trust does not appear because a meeting has been booked. People arrive with different "
                "backgrounds, goals and worries. We have found it helps to make room to talk about "
                "those differences openly, to meet in person when we can and to leave time for coffee "
                "and conversation. Someone still needs to keep the project moving, but that is a job, "
                "not a rank."
            ),
            image(
                "circles",
                "Four overlapping coloured circles.",
                "Co-production: where different kinds of expertise meet.",
            ),
            accordion(
                (
                    "Is co-production always the right approach?",
                    "No. Sometimes consultation or informing people is the honest choice. What matters "
                    "is being clear about which one you are doing and what people can expect.",
                ),
                (
                    "Who can take part?",
                    "Anyone whose life the research touches: patients, carers, community members and "
                    "the professionals who will use the results.",
                ),
            ),
            cta(
                "Read co-production case studies",
                "See how teams across the UK have shared power in their projects.",
                "Browse case studies",
                page="case-studies",
            ),
        ],
    },
    {
        "slug": "paying-public-contributors-fairly",
        "title": "Paying public contributors fairly, and on time",
        "date": datetime.date(2020, 6, 18),
        "authors": ["Priya Shah", "Joanne Marsh"],
        "summary": "Late and complicated payments put people off research. We rebuilt our process "
        "around the people being paid.",
        "intro": "Waiting months to be paid, filling in invoices and worrying about benefits: public "
        "contributors told us payment was one of the biggest barriers to taking part. This is what we changed.",
        "hero": ("coins-clock", "Stacks of coins beside a clock face."),
        "themes": ["fit-for-purpose-processes", "inclusion-and-diversity"],
        "tags": ["payment", "benefits advice"],
        "body": [
            para(
                "When we asked public contributors what got in the way of being involved, payment "
                "came up again and again. Some had waited three months for money they had already "
                "spent on train fares. Others had been asked to register as suppliers or send "
                "invoices. A few had stopped taking part because they were afraid a payment would "
                "affect their benefits."
            ),
            quote(
                "I did not feel like a partner. I felt like a supplier who had forgotten to send "
                "the paperwork.",
                "Public contributor",
            ),
            heading("What we changed"),
            para(
                "- One simple claim form, online or on paper, instead of an invoice\n"
                "- Payment within 10 working days, with travel and care costs paid up front if needed\n"
                "- Free, independent benefits advice before anyone starts\n"
                "- A choice of bank transfer, vouchers or no payment at all"
            ),
            image("coins-clock", "Stacks of coins next to a clock."),
            heading("What happened next"),
            para(
                "In the year after the change, the average wait for payment fell from 47 days to 8. "
                "More importantly, the people who joined our panels were more varied, including more "
                "people on low incomes and more carers who needed their costs covered before they "
                "could come."
            ),
            cta(
                "How we pay public contributors",
                "Our rates, what expenses we cover and how to get benefits advice.",
                "Payment for your time",
                page="payment-for-your-time",
            ),
        ],
    },
    {
        "slug": "involvement-when-we-could-not-meet",
        "title": "Involvement when we could not meet: lessons from moving online",
        "date": datetime.date(2020, 11, 5),
        "authors": ["Dr Amara Okafor", "Kwame Mensah"],
        "summary": "Online meetings let new people join in during the pandemic, and shut others out. "
        "What we learned from both.",
        "intro": "When the pandemic closed our meeting rooms, our young advisers' group moved online "
        "in a week. Some people joined who had never been able to come before. Others disappeared.",
        "hero": ("phones", "Two mobile phones, each showing a person, joined by a curve of dots."),
        "themes": ["digital-technologies", "inclusion-and-diversity"],
        "tags": ["online meetings", "young people", "covid-19"],
        "body": [
            para(
                "Our group of young advisers used to meet in a youth centre in Birmingham on "
                "Thursday evenings. In March 2020 that stopped overnight. Within a week we were "
                "meeting on video calls, and the first thing we noticed was who turned up."
            ),
            heading("Who joined"),
            para(
                "Young people who lived too far away to travel, or who found a room full of strangers "
                "too much, could now join from their bedroom with the camera off. Attendance went up, "
                "and some of our quietest members started writing in the chat."
            ),
            heading("Who we lost"),
            para(
                "Others dropped away. Some were sharing one phone with their family. Some had no data "
                "left by the end of the month. One told us there was nowhere at home they could talk "
                "about their mental health without being overheard."
            ),
            quote(
                "Online is not one thing. For me it meant freedom. For my friend it meant she could "
                "not come any more.",
                "Young adviser",
            ),
            image("phones", "Two phones joined by a line of dots, suggesting people connecting online."),
            accordion(
                (
                    "What helped",
                    "- Lending tablets and paying for data\n"
                    "- Always offering a phone option\n"
                    "- Sending questions in advance so people could reply in writing\n"
                    "- Short meetings with breaks",
                ),
                (
                    "What we would do differently",
                    "Ask everyone, before the first online meeting, what they need to take part, and "
                    "check again after a month.",
                ),
            ),
        ],
    },
    {
        "slug": "five-areas-of-focus",
        "title": "Five areas of focus, and what we are asking of you",
        "date": datetime.date(2021, 9, 28),
        "authors": ["Priya Shah", "Ewan Campbell"],
        "summary": "Workshops with public contributors and researchers gave us five areas to improve. "
        "We are asking you to share examples of work in each.",
        "intro": "Over the summer we held three workshops with public contributors and the research "
        "community to agree where partnership working most needs to improve. Five areas came out of it.",
        "hero": ("kaleidoscope", "A kaleidoscope pattern of triangles in many colours."),
        "themes": [
            "inclusion-and-diversity",
            "learning-and-development",
            "impact",
            "digital-technologies",
            "fit-for-purpose-processes",
        ],
        "tags": ["strategy", "workshops", "shared learning"],
        "body": [
            para(
                "More than 200 people took part in the workshops, about half of them public "
                "contributors. Between them they suggested 16 priorities for action, which we have "
                "grouped into five areas of focus."
            ),
            accordion(
                (
                    "Inclusion and diversity",
                    "Work closer to communities, especially those research has largely bypassed, and "
                    "build relationships that last.",
                ),
                (
                    "Learning and development",
                    "Training beyond the basics, a way to keep developing, and support for skills "
                    "in community and voluntary groups.",
                ),
                (
                    "Impact",
                    "Look at the difference involvement makes in order to learn, not to score "
                    "performance, and let public contributors shape what impact means.",
                ),
                (
                    "Digital technologies",
                    "Learn from the online ways of working that grew in the pandemic, and connect "
                    "people who have been left behind, for example with digital buddies.",
                ),
                (
                    "Processes that are fit for purpose",
                    "Fix the bureaucracy around paying public contributors and make it easier to "
                    "involve people early, before funding is secured.",
                ),
            ),
            quote(
                "We were asked not to let the voices of people with paid roles drown out the "
                "people who are not paid to be there. We are taking that seriously.",
                "Ewan Campbell, chair of the lay review panel",
            ),
            heading("What we are asking of you"),
            para(
                "There is no single national answer to any of this. We want to hear about work you "
                "have done or are planning that moves any of the five areas forward. We will compile "
                "what you send and present it back to everyone who took part, so that good ideas "
                "travel and people can find each other."
            ),
            image("kaleidoscope", "A kaleidoscope of coloured triangles."),
            cta(
                "Share your example",
                "Tell us, in your own words, what you did and what you learned.",
                "Share your example",
                page="community-examples",
            ),
        ],
    },
    {
        "slug": "a-year-on-the-lay-review-panel",
        "title": "A year on the lay review panel",
        "date": datetime.date(2022, 4, 14),
        "authors": ["Ewan Campbell", "Helen Armitage"],
        "summary": "Two panel members look back on a year of reviewing research plans, and what "
        "changed because of it.",
        "intro": "Our lay review panel of 11 patients, carers and members of the public is a year old. "
        "Two of its members look back on what they reviewed, what changed and what still frustrates them.",
        "hero": ("panel", "Five people in a row of chairs facing a screen showing a document."),
        "themes": ["learning-and-development", "impact"],
        "tags": ["lay review panel", "peer review"],
        "body": [
            para(
                "In our first year we reviewed 23 research plans, 14 case studies and 40 community "
                "examples. We met online every month, and twice in person, which helped more than "
                "we expected."
            ),
            heading("What we look for"),
            para(
                "We ask three questions of every plan. Would people like us understand it? Does it "
                "involve people early enough to make a difference? And does it treat them fairly, "
                "including paying them? Plain language is where we make the most comments."
            ),
            quote(
                "A researcher told us our comments made her rewrite the whole participant leaflet. "
                "She said it was the most useful review she had ever had.",
                "Stroke survivor and panel member",
            ),
            image("panel", "A row of people on chairs reviewing a document on a screen."),
            heading("What still frustrates us"),
            para(
                "We do not always hear what happened after we commented. We have asked every team "
                "to send a short note six months later, and we now publish a summary of what changed."
            ),
            accordion(
                (
                    "How to join the panel",
                    "We recruit twice a year. You do not need any experience of research. See "
                    "[Get involved](page:get-involved) for details.",
                ),
                (
                    "How much time it takes",
                    "About four hours a month: reading beforehand and a 90-minute meeting.",
                ),
            ),
            cta(
                "Join the panel",
                "We are looking for people from all backgrounds, especially outside big cities.",
                "Get involved",
                page="get-involved",
            ),
        ],
    },
    {
        "slug": "talking-about-impact-without-a-scorecard",
        "title": "Talking about impact without turning it into a scorecard",
        "date": datetime.date(2022, 10, 20),
        "authors": ["Dr Amara Okafor", "Gareth Llewellyn"],
        "summary": "Counting meetings does not tell you whether involvement made a difference. "
        "Asking better questions does.",
        "intro": "Funders want to know whether public involvement makes a difference. So do we. But "
        "counting meetings and attendees tells you very little, and can make involvement feel like a box to tick.",
        "hero": ("pathway", "A winding path with coloured stepping stones leading to a tree."),
        "themes": ["impact"],
        "tags": ["impact", "evaluation"],
        "body": [
            para(
                "We have both filled in forms asking how many public contributors attended how many "
                "meetings. Neither of us has ever learned anything from the answer."
            ),
            heading("Impact is for learning"),
            para(
                "The point of looking at impact should be to learn and improve, not to prove "
                "performance. That means being honest about what did not work, and public "
                "contributors helping to decide what impact means in the first place."
            ),
            para(
                "In our projects we now keep a simple log with three columns: what contributors "
                "suggested, what we did about it, and why. It takes ten minutes after each meeting."
            ),
            quote(
                "The log showed that we had ignored the same suggestion three times. That was "
                "uncomfortable, and it was the most useful thing we found.",
                "Dr Amara Okafor",
            ),
            image("pathway", "A path of stepping stones winding towards a tree."),
            accordion(
                (
                    "Questions we now ask",
                    "1. What changed in the research because of involvement?\n"
                    "2. What changed for the people involved?\n"
                    "3. What did we decide not to change, and did we explain why?",
                ),
            ),
        ],
    },
    {
        "slug": "involving-people-before-the-funding-arrives",
        "title": "Involving people before the funding arrives",
        "date": datetime.date(2023, 5, 9),
        "authors": ["Dr Tom Whitfield", "Margaret Doyle"],
        "summary": "The most important decisions in a study are made before it is funded. Small grants "
        "let teams involve people at that stage.",
        "intro": "By the time a study is funded, its question, design and budget are fixed. If public "
        "contributors only join then, they are too late to shape what matters most.",
        "hero": ("plant", "A plant in a pot with leaves in five colours."),
        "themes": ["fit-for-purpose-processes", "impact"],
        "tags": ["early involvement", "funding"],
        "body": [
            para(
                "Researchers often tell us they would like to involve people earlier, but have no "
                "money to pay them until the grant arrives. So the most important decisions are "
                "made without the people the research is for."
            ),
            heading("Small grants, early"),
            para(
                "Our region now offers small grants of up to £1,500 for involvement before a "
                "funding application. The form is one page and decisions come within two weeks. "
                "Most teams use the money to pay for two or three meetings with patients and carers."
            ),
            quote(
                "We sat down with carers to talk about their priorities. By the end of the "
                "afternoon, the main outcome of the trial had changed.",
                "Dr Tom Whitfield",
            ),
            image("plant", "A plant growing in a pot, with leaves of different colours."),
            heading("What carers brought"),
            para(
                "As a carer, I was asked what a good outcome would look like. Not a score on a "
                "scale, I said, but whether Frank could still get to the bowls club. That became "
                "one of the things the study measures."
            ),
            cta(
                "See an early involvement case study",
                "How carers set the questions for a dementia study before it was funded.",
                "Read the case study",
                page="carers-set-the-questions-for-dementia-research",
            ),
        ],
    },
    {
        "slug": "what-you-told-us-community-examples",
        "title": "What you told us: the first round of community examples",
        "date": datetime.date(2024, 2, 1),
        "authors": ["Priya Shah", "Fatima Begum"],
        "summary": "We asked for examples of partnership working and received 86. Here is what they "
        "have in common, presented back to the people who sent them.",
        "intro": "We asked community groups, researchers and public contributors to tell us about "
        "their work. We promised to compile what you sent and share it back. This is the first collection.",
        "hero": ("community-map", "A map of houses and coloured circles joined by paths."),
        "themes": ["inclusion-and-diversity", "impact"],
        "tags": ["shared learning", "community groups"],
        "body": [
            para(
                "Between June and December we received 86 examples. Fifty came through the online "
                "form, 23 were written up with groups at workshops and 13 came by phone or post. "
                "Our lay review panel read every one."
            ),
            heading("What they have in common"),
            para(
                "- Trusted local organisations made the first contact, not researchers\n"
                "- People were paid, or their groups were, and said so\n"
                "- Meetings happened where people already were: a mosque, a market, a youth club\n"
                "- Someone went back to tell people what happened"
            ),
            quote(
                "Our women had been asked for their views many times. This was the first time "
                "anyone came back to tell them what happened next.",
                "Fatima Begum, community organiser",
            ),
            image("community-map", "Houses and circles on a map, joined by paths like a network."),
            accordion(
                (
                    "How we chose what to publish",
                    "We published every example where the sender agreed and our moderators were "
                    "satisfied about consent and safeguarding. We did not pick favourites.",
                ),
                (
                    "What happens next",
                    "We will send the collection to everyone who contributed and hold two online "
                    "sessions where groups can meet each other.",
                ),
            ),
            cta(
                "Read the community examples",
                "Every published example, in the words of the people who sent it.",
                "See the examples",
                page="community-examples",
            ),
        ],
    },
    {
        "slug": "digital-buddies",
        "title": "Digital buddies: helping people get online to take part",
        "date": datetime.date(2024, 9, 17),
        "authors": ["Kwame Mensah", "Daniel Reid"],
        "summary": "Volunteers who help people get online have opened involvement up to people who "
        "thought video calls were not for them.",
        "intro": "A digital buddy is a volunteer who helps someone get online and stays with them until "
        "they feel confident. Our buddies have helped 60 people join research meetings for the first time.",
        "hero": ("phones", "Two mobile phones showing people, joined by a line of dots."),
        "themes": ["digital-technologies", "learning-and-development"],
        "tags": ["digital inclusion", "volunteers"],
        "body": [
            para(
                "Most involvement now happens at least partly online. That suits many people, but "
                "it leaves out those who do not have a device, cannot afford data or have never "
                "used a video call. Digital buddies are one answer."
            ),
            heading("How it works"),
            para(
                "1. A buddy calls to find out what the person has and what they want to do.\n"
                "2. They meet, at home or somewhere local, to set things up together.\n"
                "3. They practise a call, then the buddy joins the first real meeting too."
            ),
            quote(
                "I care for my dad and cannot leave him for long. Being able to join from the "
                "kitchen table means I can take part at all.",
                "Carer",
            ),
            image("phones", "Two phones connected by a dotted line."),
            accordion(
                (
                    "Who the buddies are",
                    "Volunteers from youth projects, libraries and community groups, trained in a "
                    "half-day session and paid expenses.",
                ),
                (
                    "What it costs",
                    "About £120 per person, including a loaned tablet and three months of data.",
                ),
            ),
        ],
    },
    {
        "slug": "beyond-the-basics-learning-together",
        "title": "Beyond the basics: learning together",
        "date": datetime.date(2025, 3, 6),
        "authors": ["Dr Siobhan Kelly", "Ewan Campbell"],
        "summary": "Introductory training is everywhere. We worked with contributors to plan what "
        "comes after it, for researchers and public contributors alike.",
        "intro": "There is plenty of introductory training on public involvement. People told us they "
        "wanted something more: a way to keep learning, for researchers and public contributors alike.",
        "hero": ("plant", "A growing plant with leaves in five colours."),
        "themes": ["learning-and-development"],
        "tags": ["training", "skills"],
        "body": [
            para(
                "We asked 40 researchers and 40 public contributors what they wanted to learn next. "
                "Their answers were remarkably similar: chairing meetings where power is uneven, "
                "reading research critically, and working with communities they do not belong to."
            ),
            heading("Learning side by side"),
            para(
                "So we designed short sessions that researchers and public contributors attend "
                "together, each led by a pair: one researcher and one contributor. Everyone is "
                "paid for their time, including to teach."
            ),
            quote(
                "I had been to five introductions to involvement. This was the first session where "
                "I learned something I did not already know.",
                "Ewan Campbell",
            ),
            image("plant", "A plant in a pot growing tall, its leaves in different colours."),
            accordion(
                (
                    "Sessions this year",
                    "- Chairing a meeting where not everyone has the same power\n"
                    "- Reading a research paper without a degree\n"
                    "- Working with communities you are not part of\n"
                    "- Writing in plain English",
                ),
            ),
            cta(
                "Get involved",
                "Sessions are free for public contributors, who are paid to attend.",
                "Find out more",
                page="get-involved",
            ),
        ],
    },
    {
        "slug": "patients-on-the-conference-stage",
        "title": "Patients on the conference stage, not only in the audience",
        "date": datetime.date(2025, 6, 19),
        "authors": ["Helen Armitage", "Fatima Begum"],
        "summary": "Every conference we run now has at least one patient or carer on the programme, "
        "and free places so others can come.",
        "intro": "A conference about patients with no patients speaking at it says something about "
        "who the expertise belongs to. We changed that with two simple rules.",
        "hero": ("panel", "A row of people sitting at a table, facing an audience."),
        "themes": ["inclusion-and-diversity", "fit-for-purpose-processes"],
        "tags": ["events", "bursaries"],
        "body": [
            para(
                "Our first rule: every conference programme has at least one patient, carer or "
                "service user on it, chairing a session, presenting, running a workshop or sitting "
                "on a panel. Our second: we ask patients for advice on who should speak and what the "
                "day should cover, before the programme is fixed."
            ),
            heading("Free places"),
            para(
                "A ticket price keeps many people away. We set aside free bursary places for patients "
                "and carers at each event, and we pay travel, so the people in the room are not only "
                "those whose employer pays."
            ),
            quote(
                "I was asked to chair, not to tell my story. That was the difference.",
                "Fatima Begum, public contributor",
            ),
            accordion(
                (
                    "How to suggest a speaker",
                    "Email the events team with the person's name and what they could talk about. "
                    "You can suggest yourself.",
                ),
                (
                    "Who can have a bursary place",
                    "Patients, carers and members of the public who would not otherwise be paid to "
                    "attend. We ask a few questions, not for proof.",
                ),
            ),
            cta(
                "Take part",
                "Speaking, reviewing, advising: see the ways you can get involved.",
                "Ways to get involved",
                page="get-involved",
            ),
        ],
    },
    {
        "slug": "start-with-people",
        "title": "Start with people: putting partnership guidance to work",
        "date": datetime.date(2025, 10, 2),
        "authors": ["Dr Nadia Hussain", "Sam Adebayo"],
        "summary": "National guidance sets out ten principles for working with people and "
        "communities. The hard part is getting it read by the people who plan the work.",
        "intro": "Guidance on working in partnership with people and communities is long, and busy "
        "staff may never open it. Here is how we are getting its main message to the right people.",
        "hero": ("conversation", "Two people talking, with speech bubbles between them."),
        "themes": ["learning-and-development", "impact"],
        "tags": ["partnership", "guidance"],
        "body": [
            para(
                "The guidance rests on ten principles and gives real examples of several ways of "
                "working: co-production, co-design, engagement, consultation and informing. It does "
                "not rank them. The right one depends on the project, and what counts is what "
                "changes for people, not which method was used."
            ),
            heading("Not a tick box"),
            para(
                "Involvement can feel like a form to fill in before a decision that has already been "
                "made. Showing how partnership has already helped with real problems is what "
                "persuades colleagues that it is worth the time."
            ),
            heading("Three questions for your team"),
            para(
                "1. Who here plans projects, and have they read the principles?\n"
                "2. What do they need to understand, and what can they skip?\n"
                "3. At what point in planning do we first talk to the people affected?"
            ),
            quote(
                "Start with people is easy to say. It means asking before the plan exists.",
                "Sam Adebayo, public contributor",
            ),
        ],
    },
]
