"""Fictional people credited as authors and case-study team members.

Some have not agreed to be named: the site shows their role instead, so their
names here are only what an editor would see in the admin.
"""

from hub.models import Person

from .base import upsert_object

R = Person.Role

# (name, role, job title, bio, agreed to be named)
PEOPLE = [
    (
        "Dr Amara Okafor",
        R.RESEARCHER,
        "Senior research fellow in youth mental health",
        "Amara studies how young people use technology when their mental health is poor. "
        "She works with young advisers on every study, from the first question to the final paper.",
        True,
    ),
    (
        "Gareth Llewellyn",
        R.PUBLIC_CONTRIBUTOR,
        "Public contributor",
        "Gareth lost much of his hearing in his fifties. He lives in Swansea and has been a public "
        "contributor on hearing and ageing research for six years.",
        True,
    ),
    (
        "Priya Shah",
        R.ENGAGEMENT_LEAD,
        "Public involvement and engagement lead",
        "Priya looks after the hub and its community of contributors. Before this she ran "
        "patient groups in community health services.",
        True,
    ),
    (
        "Margaret Doyle",
        R.CARER,
        "Carer and public contributor",
        "Margaret cared for her husband, Frank, through nine years of dementia. She now helps "
        "research teams in Nottingham make sure carers' questions come first.",
        True,
    ),
    (
        "Dr Tom Whitfield",
        R.CLINICIAN,
        "Consultant stroke physician",
        "Tom leads a stroke rehabilitation research group in Newcastle and sits on a regional "
        "research funding committee.",
        True,
    ),
    (
        "Fatima Begum",
        R.COMMUNITY_ORGANISER,
        "Coordinator of a women's health group",
        "Fatima runs a weekly health and wellbeing group for South Asian women in Bradford, "
        "in English, Urdu and Bengali.",
        True,
    ),
    (
        "Joanne Marsh",
        R.PUBLIC_CONTRIBUTOR,
        "Public contributor living with long-term conditions",
        "Lives with type 2 diabetes and arthritis and has reviewed research plans for several studies.",
        False,
    ),
    (
        "Daniel Reid",
        R.CARER,
        "Carer",
        "Cares for his father, who had a stroke in 2019.",
        False,
    ),
    (
        "Dr Siobhan Kelly",
        R.RESEARCHER,
        "Lecturer in midwifery research",
        "Siobhan is a midwife turned researcher in Belfast. Her work looks at how antenatal care "
        "can fit around the lives of women who find it hard to attend.",
        True,
    ),
    (
        "Kwame Mensah",
        R.COMMUNITY_ORGANISER,
        "Youth worker",
        "Kwame runs a youth project in Birmingham and supports young people who want to take part in research.",
        True,
    ),
    (
        "Helen Armitage",
        R.PATIENT,
        "Stroke survivor and lay panel member",
        "Had a stroke in her forties and now reviews stroke research plans as a lay panel member.",
        False,
    ),
    (
        "Ewan Campbell",
        R.PUBLIC_CONTRIBUTOR,
        "Chair of the lay review panel",
        "Ewan is a retired bus driver from Glasgow who chairs the hub's lay review panel. "
        "He has been a public contributor since his own cancer treatment in 2015.",
        True,
    ),
    (
        "Lucy Chen",
        R.CLINICIAN,
        "Community midwife",
        "Lucy is a community midwife in north Belfast and a research champion for her team.",
        True,
    ),
    (
        "Ellie Robinson",
        R.PUBLIC_CONTRIBUTOR,
        "Young adviser",
        "Joined a young people's advisory group at 17 and trained as a peer interviewer.",
        False,
    ),
    (
        "Dr Nadia Hussain",
        R.RESEARCHER,
        "Research fellow in diabetes and health inequalities",
        "Nadia works on diabetes prevention with communities in West Yorkshire. She speaks Urdu "
        "and Punjabi and grew up in Bradford.",
        True,
    ),
    (
        "Dr Rachel Green",
        R.RESEARCHER,
        "Associate professor of dementia and social care",
        "Rachel researches support for people living with dementia at home and the family carers who look after them.",
        True,
    ),
    (
        "Sam Adebayo",
        R.COMMUNITY_ORGANISER,
        "Peer support coordinator",
        "Sam coordinates a peer support network in Bristol for disabled people who draw on social care.",
        True,
    ),
]


def load_people(ctx):
    ctx.progress.step("Creating people")
    outcomes = []
    for name, role, job_title, bio, named in PEOPLE:
        person, outcome = upsert_object(
            Person,
            {"name": name, "locale": ctx.locale},
            {"role": role, "job_title": job_title, "bio": bio, "agreed_to_be_named": named},
        )
        ctx.people[name] = person
        outcomes.append(outcome)
    ctx.progress.done("People", outcomes)
