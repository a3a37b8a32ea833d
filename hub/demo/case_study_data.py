"""The case studies: fictional UK projects, each with every structured field filled in.

Rich-text fields use the small format described in ``base.rich_html``.
"""

import datetime

from .streams import accordion, heading, image, para, quote

D = datetime.date

CASE_STUDIES = [
    {
        "slug": "young-advisers-social-media-and-mental-health",
        "title": "Young advisers shape research on social media and mental health",
        "published": D(2022, 7, 12),
        "summary": "Young people with lived experience co-produced a study of how social media "
        "affects mental health, from the interview questions to the published papers.",
        "plain_summary": "A research team in Birmingham wanted to know whether phones and social "
        "media could warn when a young person's mental health was getting worse. Eight young "
        "people who had been through mental health difficulties themselves joined as partners. "
        "They wrote the interview questions, interviewed other young people, helped make sense "
        "of what they heard and co-wrote two papers.",
        "challenge": "Apps and wearables that claim to spot worsening mental health are being "
        "built quickly, often with little evidence and without asking young people whether they "
        "would want them. The team wanted to find out if such tools would be acceptable to young "
        "people, and what would make them safe to use.",
        "who_was_involved": "Eight young people aged 16 to 24 with lived experience of mental "
        "health difficulties, recruited through a Birmingham youth project. A youth worker "
        "supported them throughout and met each of them one to one every month.\n\n"
        "- 3 researchers from a university mental health team\n"
        "- 8 young advisers, trained as peer interviewers\n"
        "- 1 youth worker",
        "team": [
            ("Dr Amara Okafor", "Led the study and shared decisions with the young advisers"),
            ("Kwame Mensah", "Recruited and supported the young advisers"),
            ("Ellie Robinson", "Co-wrote the interview guide, ran interviews and co-authored the papers"),
        ],
        "approaches": ["co-production"],
        "stages": ["design", "conduct", "analysis", "dissemination"],
        "body": [
            para(
                "The young advisers met every fortnight for three years, first in a youth centre "
                "and then online. Together with the researchers they agreed the study's questions "
                "and rewrote the participant information so that it sounded like something a "
                "young person would actually read."
            ),
            heading("Training as interviewers"),
            para(
                "Six advisers chose to train as peer interviewers. Over four sessions they practised "
                "interviewing, learned how to handle distress and agreed a plan for what to do if "
                "someone was at risk. They then carried out 31 interviews with young people who "
                "were currently unwell."
            ),
            quote(
                "People told us things they said they would never tell a doctor, because we had "
                "been there too.",
                "Young adviser",
            ),
            image("phones", "Two phones linked by a curve of dots."),
            heading("Making sense of it together"),
            para(
                "The advisers coded the interviews alongside the researchers. In several places "
                "they read the data differently, and more deeply, because of their own experience."
            ),
        ],
        "change_for_research": "The advisers removed two planned questions they felt were "
        "intrusive and added one about privacy from family members, which became a main finding. "
        "Recruitment was faster than planned because participants trusted the peer interviewers.",
        "change_for_people": "The young advisers gained skills in interviewing, analysis and "
        "presenting. Two have since started university courses in psychology, and all eight are "
        "named co-authors on at least one paper.",
        "change_for_services": "Two NHS trusts have used the findings to write guidance for staff "
        "on talking to young people about their phone and social media use.",
        "lessons_learned": "- Budget for support, not just payment: the youth worker's time was essential.\n"
        "- Agree a safety plan with peer interviewers before the first interview.\n"
        "- Expect people to leave and join; keep the door open.",
        "payment_and_recognition": "Advisers were paid £15 an hour for meetings and £25 an hour "
        "for interviewing and analysis, with travel paid in advance. All are named co-authors on "
        "the papers they worked on and received certificates of their training.",
        "outputs": [
            ("award", "NIHR201477", "Funding award"),
            ("doi", "10.3310/ypmh2204", "Final report"),
            ("url", "https://example.org/young-advisers-guide", "Peer interviewer training guide"),
        ],
        "start": D(2019, 9, 1),
        "end": D(2022, 6, 30),
        "themes": ["inclusion-and-diversity", "learning-and-development", "digital-technologies"],
        "topic": "mental-health",
        "region": "west-midlands",
        "tags": ["young people", "peer research", "social media"],
        "image": "phones",
    },
    {
        "slug": "listening-post-hearing-loss-pop-up",
        "title": "The Listening Post: a market-stall pop-up about hearing loss",
        "published": D(2022, 3, 24),
        "summary": "People with hearing loss co-designed a pop-up on Swansea market that got "
        "shoppers talking about their hearing and shaped new research questions.",
        "plain_summary": "Many people live with hearing loss for years before getting help. A group "
        "of people with hearing loss, designers and researchers created the Listening Post: bird "
        "boxes playing birdsong at different pitches, set up on Swansea market. Visitors found out "
        "which sounds they could not hear, talked to volunteers and could book a free hearing check.",
        "challenge": "On average, people wait about ten years before seeking help for hearing "
        "loss. Research studies struggle to reach people who have not yet been diagnosed, because "
        "they are not in contact with services.",
        "who_was_involved": "The idea came from a one-day workshop that brought together people "
        "with hearing loss, audiologists, designers, researchers and a local charity. Everyone "
        "contributed ideas and the group chose one to develop together.\n\n"
        "- 6 people with hearing loss, including two who use British Sign Language\n"
        "- 2 audiologists, 2 designers and 3 researchers\n"
        "- volunteers from a local hearing loss charity",
        "team": [
            ("Gareth Llewellyn", "Co-led the design of the pop-up and trained the volunteers"),
            ("Priya Shah", "Organised the workshop and made sure every voice was heard"),
        ],
        "approaches": ["co-design", "engagement"],
        "stages": ["identifying-priorities", "design", "dissemination"],
        "body": [
            para(
                "The workshop used drawing, building and role play rather than presentations. "
                "Strong facilitation made sure the people with hearing loss were heard as much as "
                "the professionals, with captioning and interpreters throughout."
            ),
            image("bird-boxes", "Three yellow bird boxes on posts, with sound waves coming from them."),
            heading("On the market"),
            para(
                "The Listening Post ran on six Saturdays. Each bird box played a birdsong at a "
                "different frequency, from low to very high. Visitors discovered which ones they "
                "could not hear, and volunteers with hearing loss were on hand to talk."
            ),
            quote(
                "A man told me he had not heard a blackbird for years and had not noticed. He "
                "booked a hearing test there and then.",
                "Gareth Llewellyn",
            ),
            accordion(
                (
                    "What visitors could do",
                    "- Listen to the bird boxes\n"
                    "- Talk to a volunteer who lives with hearing loss\n"
                    "- Book a free hearing check\n"
                    "- Leave an idea for research on a postcard",
                ),
            ),
        ],
        "change_for_research": "Postcards from 412 visitors were analysed with the group. Three new "
        "research questions came out of them, including one on hearing loss in people who work in "
        "noisy trades, which is now part of a funding application.",
        "change_for_people": "Contributors with hearing loss said they felt proud to be the experts. "
        "Two have since joined other research teams as public contributors.",
        "change_for_services": "The local audiology service booked 97 hearing checks from the "
        "pop-up and now runs a monthly drop-in at the market.",
        "lessons_learned": "- A creative, welcoming space brings in people who would never fill in a survey.\n"
        "- Build in access from the start: captions, interpreters and quiet space.\n"
        "- Joint ownership of ideas keeps people committed long after the workshop.",
        "payment_and_recognition": "Contributors were paid £150 a day for the workshop and £25 an "
        "hour for design meetings and market days, plus travel. Volunteers from the charity were "
        "paid expenses and the charity received a donation for its time.",
        "outputs": [
            ("award", "NIHR203012", "Engagement award"),
            ("doi", "10.3310/lphl3312", "Evaluation report"),
        ],
        "start": D(2021, 4, 1),
        "end": D(2022, 2, 28),
        "themes": ["inclusion-and-diversity", "impact"],
        "topic": "hearing-loss",
        "region": "wales",
        "tags": ["creative methods", "public engagement", "pop-up"],
        "image": "bird-boxes",
    },
    {
        "slug": "stroke-survivors-and-carers-as-lay-reviewers",
        "title": "Stroke survivors and carers review a rehabilitation trial",
        "published": D(2023, 11, 2),
        "summary": "A panel of stroke survivors and carers reviewed a rehabilitation trial from its "
        "funding bid to its results, and changed how it measured success.",
        "plain_summary": "A team in Newcastle planned a trial of extra physiotherapy at home after "
        "a stroke. A panel of stroke survivors and carers reviewed the plans before the funding bid "
        "and met every three months during the trial. They changed what the trial measured, "
        "rewrote the leaflets and helped explain the results.",
        "challenge": "Stroke trials often measure what matters to clinicians, such as walking "
        "speed, rather than what matters to people recovering, such as getting back to work or "
        "the shops. Many people who have had a stroke also find trial information hard to read.",
        "who_was_involved": "A panel of nine stroke survivors and carers, recruited through local "
        "stroke clubs. Some had aphasia, which affects speech and reading, so meetings used "
        "pictures, short sentences and plenty of time.\n\n"
        "- 6 stroke survivors and 3 carers\n"
        "- the trial's clinical team, including physiotherapists",
        "team": [
            ("Dr Tom Whitfield", "Chief investigator, and attended every panel meeting"),
            ("Helen Armitage", "Panel member who rewrote the participant information"),
            ("Daniel Reid", "Panel member who represented carers' views"),
        ],
        "approaches": ["consultation", "co-production"],
        "stages": ["funding-application", "design", "conduct"],
        "body": [
            para(
                "The panel first met six months before the funding deadline. They read a two-page "
                "summary of the plan, in an aphasia-friendly format, and spent an afternoon with "
                "the team talking through what a good recovery would look like."
            ),
            image("panel", "Five people in a row of chairs reviewing a document on a screen."),
            heading("Changing what counts"),
            para(
                "Panel members said the planned main outcome, a walking test, missed the point. The "
                "team added a measure of getting back to everyday activities that people choose "
                "themselves, which became one of the trial's two main outcomes."
            ),
            quote(
                "I do not care how fast I walk down a corridor. I care whether I can get to my "
                "granddaughter's school.",
                "Stroke survivor and panel member",
            ),
            accordion(
                (
                    "Making meetings accessible",
                    "- Papers sent a week ahead, with pictures\n"
                    "- Meetings of no more than 90 minutes, with a break\n"
                    "- A carer or friend welcome to come along and also be paid",
                ),
            ),
        ],
        "change_for_research": "The trial added a person-centred main outcome and cut the "
        "questionnaire from 14 pages to 6. Retention was 91%, well above the 80% planned.",
        "change_for_people": "Panel members learned about trial design and several now review "
        "for the national funder. Carers said it was the first time their part in recovery had "
        "been taken seriously.",
        "change_for_services": "Two local stroke services now ask patients to set their own "
        "recovery goals, using a version of the trial's goal-setting sheet.",
        "lessons_learned": "- Involve people before the funding bid, when the big decisions are made.\n"
        "- Make every paper aphasia-friendly, not just the ones for patients.\n"
        "- Tell the panel what changed because of them, every time.",
        "payment_and_recognition": "Panel members were paid £25 an hour, including reading time, "
        "and the cost of a companion where needed. Payments were made within two weeks. The "
        "panel is thanked by name, with permission, in the trial's publications.",
        "outputs": [
            ("isrctn", "ISRCTN14839270", "Trial registration"),
            ("award", "NIHR130455", "Funding award"),
            ("doi", "10.3310/hsdr1147", "Trial results"),
        ],
        "start": D(2020, 1, 6),
        "end": D(2023, 9, 29),
        "themes": ["learning-and-development", "impact", "fit-for-purpose-processes"],
        "topic": "stroke",
        "region": "north-east",
        "tags": ["lay review", "clinical trial", "aphasia"],
        "image": "panel",
    },
    {
        "slug": "carers-set-the-questions-for-dementia-research",
        "title": "Carers set the questions for research on dementia care at home",
        "published": D(2023, 10, 16),
        "summary": "Family carers of people with dementia chose the questions a new study would "
        "answer, before any funding bid was written.",
        "plain_summary": "Before writing a funding bid, a team in Nottingham asked family carers "
        "of people with dementia what they most wanted research to find out. Over four meetings, "
        "carers and researchers agreed a shortlist of questions together. The top question, about "
        "support after a hospital stay, became the focus of a new study that has since been funded.",
        "challenge": "Research on dementia care at home is often planned by academics and "
        "services, and the questions carers most want answered are missed. Carers also have "
        "little spare time, so involvement has to fit around caring.",
        "who_was_involved": "Fourteen current and former carers, recruited through carers' "
        "centres, a dementia café and a local radio appeal. Replacement care was arranged so "
        "they could attend.\n\n"
        "- 14 family carers, including 4 from Black and South Asian communities\n"
        "- 2 researchers and a social worker",
        "team": [
            ("Dr Rachel Green", "Led the project and wrote the funding bid with the carers"),
            ("Margaret Doyle", "Co-chaired the meetings and co-wrote the plain English summary"),
        ],
        "approaches": ["co-production", "consultation"],
        "stages": ["identifying-priorities", "funding-application"],
        "body": [
            para(
                "Carers first wrote down, or told the team by phone, the questions they wanted "
                "answered. The team grouped the 140 questions that came in, and carers voted on "
                "them in two meetings."
            ),
            heading("Choosing together"),
            para(
                "At the final meeting, carers and researchers ranked the shortlist together, with "
                "each carer's vote counting the same as each researcher's. The result surprised "
                "the researchers: the top question was about the first weeks after a hospital stay."
            ),
            quote(
                "When Frank came out of hospital, we were on our own. That is the question I "
                "wanted someone to answer.",
                "Margaret Doyle",
            ),
            image("table", "People of different backgrounds around a table covered in papers."),
        ],
        "change_for_research": "The study's question changed from care home admissions to support "
        "after hospital discharge. Carers also asked for the study to include people living alone, "
        "who are often left out.",
        "change_for_people": "Carers said being asked first, not last, made them feel respected. "
        "Margaret and two others now sit on the study's steering group.",
        "change_for_services": "The local hospital discharge team has started phoning carers within "
        "two days of discharge while the study runs.",
        "lessons_learned": "- Early involvement needs early money: a small grant paid for this work.\n"
        "- Offer many ways to take part: phone, post and meetings.\n"
        "- Pay for replacement care, or many carers cannot come at all.",
        "payment_and_recognition": "Carers were paid £25 an hour and the cost of replacement care "
        "was covered in full. The work was funded by a £1,500 early involvement grant. Carers are "
        "named as co-applicants on the funding bid.",
        "outputs": [
            ("award", "NIHR204815", "Study funded after the priority setting"),
            ("url", "https://example.org/carer-priorities", "Carers' priorities report"),
        ],
        "start": D(2022, 3, 1),
        "end": D(2023, 9, 1),
        "themes": ["fit-for-purpose-processes", "inclusion-and-diversity"],
        "topic": "dementia",
        "region": "east-midlands",
        "tags": ["early involvement", "priority setting", "carers"],
        "image": "table",
    },
    {
        "slug": "diabetes-conversations-with-womens-groups",
        "title": "Diabetes conversations co-designed with South Asian women's groups",
        "published": D(2023, 4, 20),
        "summary": "Women's groups in Bradford co-designed diabetes prevention sessions in Urdu, "
        "Bengali and English, and helped test them.",
        "plain_summary": "South Asian women in the UK are more likely to develop type 2 diabetes, "
        "but prevention programmes often do not reach them. Women from community groups in Bradford "
        "worked with researchers to design sessions in their own languages, held where they already "
        "meet. They then helped test whether the sessions worked.",
        "challenge": "Diabetes prevention programmes in West Yorkshire had very few South Asian "
        "women taking part. The sessions were in English, in clinics and at times that clashed "
        "with school runs and prayers.",
        "who_was_involved": "Women from three community groups, including a mosque women's group "
        "and a sewing circle, worked with researchers and a dietitian. The group coordinator made "
        "the first contact and the researchers came to the groups.\n\n"
        "- 22 women aged 30 to 75\n"
        "- 2 community organisers\n"
        "- 2 researchers and a dietitian",
        "team": [
            ("Dr Nadia Hussain", "Led the research and facilitated sessions in Urdu"),
            ("Fatima Begum", "Brought the groups together and co-designed the sessions"),
            ("Joanne Marsh", "Shared her experience of type 2 diabetes and reviewed materials"),
        ],
        "approaches": ["co-design", "engagement"],
        "stages": ["design", "conduct", "implementation"],
        "body": [
            para(
                "The women met in their own groups six times. They tried out recipes, talked about "
                "what they had heard about diabetes and decided what the sessions should cover and "
                "how they should feel."
            ),
            image("conversation", "Two speech bubbles, one blue and one yellow, overlapping."),
            heading("Voice notes, not leaflets"),
            para(
                "Several women did not read English or their first language. They suggested short "
                "voice notes sent through the messaging app they already used, in place of leaflets."
            ),
            quote(
                "They asked us what we cook, not what we should stop eating. That is why the "
                "women came back.",
                "Fatima Begum",
            ),
            accordion(
                (
                    "What the sessions include",
                    "- Cooking favourite dishes in healthier ways\n"
                    "- Walking groups after the school run\n"
                    "- Voice notes in Urdu, Bengali and English",
                ),
            ),
        ],
        "change_for_research": "The feasibility study met its recruitment target in four months "
        "instead of twelve, and 78% of women completed the programme.",
        "change_for_people": "Several women have trained as volunteer session leaders. The groups "
        "have new links with the local diabetes service.",
        "change_for_services": "The local NHS diabetes prevention service now offers sessions in "
        "community venues and in three languages.",
        "lessons_learned": "- Go to where people are, through people they trust.\n"
        "- Pay community groups for their time and space, not only individuals.\n"
        "- Ask what works in people's lives before asking them to change it.",
        "payment_and_recognition": "Each woman received a £25 voucher per session, as they "
        "preferred, and the community groups were paid for room hire and their coordinators' "
        "time. The groups are credited by name in the report.",
        "outputs": [
            ("award", "NIHR202233", "Funding award"),
            ("isrctn", "ISRCTN52918467", "Feasibility study registration"),
            ("url", "https://example.org/diabetes-voice-notes", "Voice notes and recipes"),
        ],
        "start": D(2021, 10, 4),
        "end": D(2023, 3, 31),
        "themes": ["inclusion-and-diversity", "digital-technologies", "learning-and-development"],
        "topic": "diabetes",
        "region": "yorkshire-and-the-humber",
        "tags": ["community groups", "languages", "prevention"],
        "image": "conversation",
    },
    {
        "slug": "redesigning-antenatal-appointments",
        "title": "Mothers and midwives redesign antenatal appointments",
        "published": D(2024, 8, 5),
        "summary": "Women who had found antenatal care hard to attend co-designed a new pattern of "
        "appointments with midwives in Belfast.",
        "plain_summary": "Some pregnant women miss antenatal appointments because of work, other "
        "children or past bad experiences. Women who had been in that position worked with "
        "midwives and researchers in Belfast to design appointments that fit their lives, "
        "including evening and group sessions. A study then tested the new pattern.",
        "challenge": "In parts of north Belfast, one in five women missed two or more antenatal "
        "appointments. Missed care is linked to poorer outcomes for mothers and babies, but "
        "services rarely asked women why.",
        "who_was_involved": "Twelve women who had recently had babies, recruited through a "
        "Sure Start centre and a community midwife, worked with midwives and researchers in "
        "experience-based co-design.\n\n"
        "- 12 mothers, including 3 young mothers and 2 who had moved to the UK recently\n"
        "- 4 community midwives\n"
        "- 2 researchers",
        "team": [
            ("Dr Siobhan Kelly", "Led the study and the co-design sessions"),
            ("Lucy Chen", "Brought midwives' views and tested the new appointments"),
        ],
        "approaches": ["co-design"],
        "stages": ["design", "conduct", "analysis", "implementation"],
        "body": [
            para(
                "Women and midwives first met separately to share their experiences, then came "
                "together to agree what to change. Short filmed interviews with women, made with "
                "their consent, opened the joint meeting."
            ),
            heading("What changed"),
            para(
                "- Evening appointments twice a week\n"
                "- Group appointments where women can bring their children\n"
                "- The same midwife at every visit wherever possible"
            ),
            quote(
                "I had stopped going because I felt judged. In the group I met women like me.",
                "Mother and co-design member",
            ),
            image("circles", "Four overlapping coloured circles."),
        ],
        "change_for_research": "Women helped choose the study's measures and interpreted the "
        "results with the team, which led to a new finding on continuity of midwife.",
        "change_for_people": "Women said they felt listened to. Three now volunteer with the "
        "maternity voices partnership.",
        "change_for_services": "Missed appointments fell by a third in the pilot area. The trust "
        "has kept the evening clinics and group appointments.",
        "lessons_learned": "- Meet separately first, so everyone can speak freely.\n"
        "- Childcare and evening times make involvement possible for mothers.\n"
        "- Filmed stories help staff hear women's experiences without putting anyone on the spot.",
        "payment_and_recognition": "Women were paid £25 an hour, with childcare provided at every "
        "session and taxis home after evening meetings. They chose to be thanked as a group in "
        "the study report.",
        "outputs": [
            ("isrctn", "ISRCTN61827354", "Study registration"),
            ("doi", "10.3310/matn2408", "Study findings"),
        ],
        "start": D(2022, 1, 10),
        "end": D(2024, 6, 28),
        "themes": ["inclusion-and-diversity", "impact"],
        "topic": "maternity",
        "region": "northern-ireland",
        "tags": ["experience-based co-design", "maternity care"],
        "image": "circles",
    },
    {
        "slug": "digital-buddies-for-online-involvement",
        "title": "Digital buddies help older people join online involvement",
        "published": D(2022, 2, 8),
        "summary": "Volunteer digital buddies helped older people and people with long-term "
        "conditions join research meetings online for the first time.",
        "plain_summary": "When research meetings moved online, many older people and people with "
        "long-term conditions were left out. In Glasgow, public contributors designed a digital "
        "buddy scheme: volunteers who help someone set up a device, practise a video call and "
        "join their first meeting. Forty-two people joined research meetings this way.",
        "challenge": "During the Covid-19 pandemic, involvement moved online almost overnight. "
        "Public contributors who were not online, or not confident, were suddenly cut off from "
        "research they had been part of for years.",
        "who_was_involved": "Public contributors who had themselves been new to video calls "
        "designed the training for buddies. Buddies were volunteers from libraries and community "
        "groups.\n\n"
        "- 42 people supported, aged 58 to 91\n"
        "- 18 volunteer buddies\n"
        "- 1 engagement lead",
        "team": [
            ("Ewan Campbell", "Co-designed the buddy training and tested it first"),
            ("Joanne Marsh", "Took part as a new user, then became a buddy"),
            ("Priya Shah", "Coordinated the scheme and the loan of tablets"),
        ],
        "approaches": ["co-production", "engagement"],
        "stages": ["conduct", "dissemination"],
        "body": [
            para(
                "Each person was matched with a buddy who lived nearby. The buddy phoned first to "
                "ask what they wanted to do, then visited to set things up and practise."
            ),
            image("phones", "Two phones joined by a line of dots, like people connecting online."),
            heading("Loaning the kit"),
            para(
                "Nearly half the people supported had no suitable device. The scheme lent tablets "
                "with three months of data, and most people chose to keep going after that."
            ),
            quote(
                "My buddy did not rush me. By the third call I was showing her things.",
                "Public contributor",
            ),
            accordion(
                (
                    "The buddy training",
                    "A half-day session covering video calls, privacy and patience, written by "
                    "public contributors who remembered being beginners.",
                ),
            ),
        ],
        "change_for_research": "Five studies that had lost public contributors during lockdown "
        "were able to bring them back into their meetings.",
        "change_for_people": "People said they felt less isolated and more confident online, "
        "including for things like booking GP appointments.",
        "change_for_services": "Two local libraries have adopted the buddy training for their own "
        "digital inclusion volunteers.",
        "lessons_learned": "- The first call matters most: go at the person's pace.\n"
        "- Lending devices is not enough without data and support.\n"
        "- People who were once beginners make the best trainers.",
        "payment_and_recognition": "Public contributors were paid £25 an hour for designing the "
        "training. Buddies were volunteers and were paid their expenses. People supported kept "
        "their loaned tablet for as long as they were involved in research.",
        "outputs": [
            ("award", "NIHR200987", "Funding award"),
            ("url", "https://example.org/digital-buddies-toolkit", "Digital buddy toolkit"),
        ],
        "start": D(2020, 9, 1),
        "end": D(2021, 12, 17),
        "themes": ["digital-technologies", "inclusion-and-diversity"],
        "topic": "long-term-conditions",
        "region": "scotland",
        "tags": ["digital inclusion", "volunteers", "covid-19"],
        "image": "phones",
    },
    {
        "slug": "people-who-draw-on-social-care-shape-a-study",
        "title": "People who draw on social care shape a study before it is funded",
        "published": D(2024, 11, 19),
        "summary": "Disabled people who draw on social care co-produced the plan for a study of "
        "direct payments, with support from an early involvement fund.",
        "plain_summary": "Direct payments let disabled people choose and manage their own care, "
        "but using them can be complicated. A peer support network in Bristol worked with a "
        "researcher to plan a study about direct payments. They shaped the question, the methods "
        "and the budget before the bid was sent, using an early involvement fund.",
        "challenge": "Research about social care is often designed without the people who use "
        "it. Early involvement is hard because researchers have no budget to pay people until a "
        "study is funded.",
        "who_was_involved": "Members of a peer support network of disabled people who use direct "
        "payments, with a researcher in social care.\n\n"
        "- 10 disabled people who use direct payments\n"
        "- 1 peer support coordinator\n"
        "- 1 researcher",
        "team": [
            ("Sam Adebayo", "Co-led the planning and chaired the meetings"),
            ("Dr Rachel Green", "Co-led the planning and wrote the bid with the group"),
        ],
        "approaches": ["co-production"],
        "stages": ["identifying-priorities", "design", "funding-application"],
        "body": [
            para(
                "The group met five times in an accessible community centre, with online and "
                "phone options. Each meeting ended by agreeing what would happen before the next."
            ),
            heading("Sharing the decisions"),
            para(
                "The group decided the study would be led jointly by a disabled person and a "
                "researcher, and that peer researchers would be paid as staff, not as volunteers."
            ),
            quote(
                "It was the first time I saw the budget. We moved money from travel to paying "
                "peer researchers properly.",
                "Sam Adebayo",
            ),
            image("community-map", "A map of houses and circles joined by paths."),
        ],
        "change_for_research": "The study will be co-led by a disabled person and will employ "
        "peer researchers. The budget for involvement doubled.",
        "change_for_people": "Group members gained experience of research budgets and bid "
        "writing, and two have applied to become peer researchers.",
        "change_for_services": "The local council invited the group to review its direct payments "
        "guidance, and rewrote it as a result.",
        "lessons_learned": "- Show people the whole budget, not just the involvement line.\n"
        "- Small, fast grants make early involvement possible.\n"
        "- Agree the next steps at the end of every meeting.",
        "payment_and_recognition": "Members were paid £25 an hour, with personal assistant costs "
        "and accessible transport covered. The network received £400 for the use of its space "
        "and coordination. Group members are named co-applicants on the bid.",
        "outputs": [
            ("award", "NIHR206120", "Early involvement grant"),
            ("url", "https://example.org/direct-payments-study-plan", "The study plan in plain English"),
        ],
        "start": D(2023, 2, 6),
        "end": D(2024, 10, 31),
        "themes": ["fit-for-purpose-processes", "inclusion-and-diversity", "learning-and-development"],
        "topic": "social-care",
        "region": "south-west",
        "tags": ["early involvement", "disability", "direct payments"],
        "image": "community-map",
    },
]
