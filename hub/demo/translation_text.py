"""Welsh and Urdu versions of the demo's key pages and taxonomy, as a translator wrote them.

Each entry maps the English text (exactly as the page holds it) to its translation.
Text left out stays in English until a translator fills it in. ``UNSURE`` lists
translations to be checked by a fluent speaker: they are flagged in the admin's
translation editor (see hub.translation.NEEDS_REVIEW_TOOL) and in docs/translations.md.
"""

TERMS = {
    "cy": {
        "Inclusion and diversity": "Cynhwysiant ac amrywiaeth",
        "Learning and development": "Dysgu a datblygu",
        "Impact": "Effaith",
        "Digital technologies": "Technolegau digidol",
        "Processes that are fit for purpose": "Prosesau sy'n addas i'r diben",
        "Co-production": "Cydgynhyrchu",
        "Co-design": "Cydddylunio",
        "Engagement": "Ymgysylltu",
        "Consultation": "Ymgynghori",
        "Informing": "Hysbysu",
        "Identifying priorities": "Nodi blaenoriaethau",
        "Design": "Dylunio",
        "Funding application": "Cais am gyllid",
        "Conduct": "Cynnal",
        "Analysis": "Dadansoddi",
        "Dissemination": "Lledaenu",
        "Implementation": "Gweithredu",
        "Mental health": "Iechyd meddwl",
        "Dementia": "Dementia",
        "Diabetes": "Diabetes",
        "Maternity": "Mamolaeth",
        "Stroke": "Strôc",
        "Long-term conditions": "Cyflyrau hirdymor",
        "Children and young people": "Plant a phobl ifanc",
        "Social care": "Gofal cymdeithasol",
        "Hearing loss": "Colli clyw",
        "Patient safety": "Diogelwch cleifion",
        "North East": "Gogledd-ddwyrain Lloegr",
        "North West": "Gogledd-orllewin Lloegr",
        "Yorkshire and the Humber": "Swydd Efrog a'r Humber",
        "East Midlands": "Dwyrain Canolbarth Lloegr",
        "West Midlands": "Gorllewin Canolbarth Lloegr",
        "East of England": "Dwyrain Lloegr",
        "London": "Llundain",
        "South East": "De-ddwyrain Lloegr",
        "South West": "De-orllewin Lloegr",
        "Wales": "Cymru",
        "Scotland": "Yr Alban",
        "Northern Ireland": "Gogledd Iwerddon",
    },
    "ur": {
        "Inclusion and diversity": "شمولیت اور تنوع",
        "Learning and development": "سیکھنا اور ترقی",
        "Impact": "اثر",
        "Digital technologies": "ڈیجیٹل ٹیکنالوجیز",
        "Processes that are fit for purpose": "مقصد کے مطابق طریقۂ کار",
        "Co-production": "مشترکہ تخلیق",
        "Co-design": "مشترکہ ڈیزائن",
        "Engagement": "رابطہ اور شرکت",
        "Consultation": "مشاورت",
        "Informing": "آگاہی",
        "Identifying priorities": "ترجیحات کی نشاندہی",
        "Design": "ڈیزائن",
        "Funding application": "فنڈنگ کی درخواست",
        "Conduct": "تحقیق کا انعقاد",
        "Analysis": "تجزیہ",
        "Dissemination": "نتائج کی اشاعت",
        "Implementation": "عمل درآمد",
        "Mental health": "ذہنی صحت",
        "Dementia": "ڈیمنشیا",
        "Diabetes": "ذیابیطس",
        "Maternity": "زچگی",
        "Stroke": "فالج",
        "Long-term conditions": "طویل مدتی بیماریاں",
        "Children and young people": "بچے اور نوجوان",
        "Social care": "سماجی نگہداشت",
        "Hearing loss": "سماعت سے محرومی",
        "Patient safety": "مریضوں کی حفاظت",
        "North East": "شمال مشرقی انگلینڈ",
        "North West": "شمال مغربی انگلینڈ",
        "Yorkshire and the Humber": "یارکشائر اور دی ہمبر",
        "East Midlands": "ایسٹ مڈلینڈز",
        "West Midlands": "ویسٹ مڈلینڈز",
        "East of England": "مشرقی انگلینڈ",
        "London": "لندن",
        "South East": "جنوب مشرقی انگلینڈ",
        "South West": "جنوب مغربی انگلینڈ",
        "Wales": "ویلز",
        "Scotland": "اسکاٹ لینڈ",
        "Northern Ireland": "شمالی آئرلینڈ",
    },
}

HOME = {
    "cy": {
        "Home": "Hafan",
        "Plain-English stories and case studies of people working together on health and care research, and a place to share your own.": "Straeon ac astudiaethau achos mewn iaith glir am bobl yn cydweithio ar ymchwil iechyd a gofal, a lle i rannu eich profiad chi.",
        "Stories, case studies and community examples of patients, carers and the public working in partnership on health and care research.": "Straeon, astudiaethau achos ac enghreifftiau cymunedol o gleifion, gofalwyr a'r cyhoedd yn gweithio mewn partneriaeth ar ymchwil iechyd a gofal.",
        "Health and care research, shaped by the people it is for": "Ymchwil iechyd a gofal, wedi'i llunio gan y bobl y mae hi ar eu cyfer",
        "Stories and case studies of patients, carers, communities and researchers working as partners, and a place to share what you have learned.": "Straeon ac astudiaethau achos am gleifion, gofalwyr, cymunedau ac ymchwilwyr yn gweithio fel partneriaid, a lle i rannu'r hyn rydych chi wedi'i ddysgu.",
        "Get involved": "Cymryd rhan",
        "A yellow sun rising behind green hills.": "Haul melyn yn codi y tu ôl i fryniau gwyrdd.",
        "Run by a partnership of researchers, public contributors and community groups. Public contributors are paid for their time.": "Yn cael ei redeg gan bartneriaeth o ymchwilwyr, cyfranwyr cyhoeddus a grwpiau cymunedol. Mae cyfranwyr cyhoeddus yn cael eu talu am eu hamser.",
        "Research that reflects what matters to patients and the public starts with working alongside them. This hub gathers what people across the UK are learning about doing that well, and shares it in plain English.": "Mae ymchwil sy'n adlewyrchu'r hyn sy'n bwysig i gleifion a'r cyhoedd yn dechrau drwy weithio ochr yn ochr â nhw. Mae'r hyb hwn yn casglu'r hyn y mae pobl ledled y DU yn ei ddysgu am wneud hynny'n dda, ac yn ei rannu mewn iaith glir.",
        "What you will find here": "Beth fyddwch chi'n ei gael yma",
        '<a id="a1">Blog posts</a> from researchers, public contributors and community groups': '<a id="a1">Blogiau</a> gan ymchwilwyr, cyfranwyr cyhoeddus a grwpiau cymunedol',
        '<a id="a1">Case studies</a> that show who was involved, what changed and what it cost': '<a id="a1">Astudiaethau achos</a> sy\'n dangos pwy gymerodd ran, beth newidiodd a beth oedd y gost',
        '<a id="a1">Community examples</a>, sent in by groups in their own words': '<a id="a1">Enghreifftiau cymunedol</a>, wedi\'u hanfon gan grwpiau yn eu geiriau eu hunain',
        "The young people noticed things in the interviews that I had missed. They were not helping with my research; it was our research.": "Sylwodd y bobl ifanc ar bethau yn y cyfweliadau roeddwn i wedi'u colli. Nid helpu gyda fy ymchwil i oedden nhw; ein hymchwil ni oedd hi.",
        "Dr Amara Okafor, researcher": "Dr Amara Okafor, ymchwilydd",
        "Four overlapping circles in different colours, making new colours where they meet.": "Pedwar cylch o liwiau gwahanol yn gorgyffwrdd, gan greu lliwiau newydd lle maen nhw'n cwrdd.",
        "Share your example": "Rhannwch eich enghraifft",
        "Tell us how you have involved people in research. We compile the examples and share them back with everyone who took part.": "Dywedwch wrthym sut rydych chi wedi cynnwys pobl mewn ymchwil. Rydym yn casglu'r enghreifftiau ynghyd ac yn eu rhannu'n ôl gyda phawb a gymerodd ran.",
    },
    "ur": {
        "Home": "ہوم پیج",
        "Plain-English stories and case studies of people working together on health and care research, and a place to share your own.": "صحت اور نگہداشت کی تحقیق پر مل کر کام کرنے والے لوگوں کی آسان زبان میں کہانیاں اور کیس اسٹڈیز، اور اپنا تجربہ شیئر کرنے کی جگہ۔",
        "Stories, case studies and community examples of patients, carers and the public working in partnership on health and care research.": "صحت اور نگہداشت کی تحقیق میں شراکت داری سے کام کرنے والے مریضوں، نگہداشت کرنے والوں اور عوام کی کہانیاں، کیس اسٹڈیز اور کمیونٹی کی مثالیں۔",
        "Health and care research, shaped by the people it is for": "صحت اور نگہداشت کی تحقیق، اُن لوگوں کی تشکیل دی ہوئی جن کے لیے یہ ہے",
        "Stories and case studies of patients, carers, communities and researchers working as partners, and a place to share what you have learned.": "شراکت داروں کی طرح کام کرنے والے مریضوں، نگہداشت کرنے والوں، کمیونٹیز اور محققین کی کہانیاں اور کیس اسٹڈیز، اور جو آپ نے سیکھا ہے اسے شیئر کرنے کی جگہ۔",
        "Get involved": "شامل ہوں",
        "A yellow sun rising behind green hills.": "سبز پہاڑیوں کے پیچھے طلوع ہوتا ہوا پیلا سورج۔",
        "Run by a partnership of researchers, public contributors and community groups. Public contributors are paid for their time.": "محققین، عوامی شرکاء اور کمیونٹی گروپس کی شراکت داری کے تحت چلایا جاتا ہے۔ عوامی شرکاء کو ان کے وقت کا معاوضہ دیا جاتا ہے۔",
        "Research that reflects what matters to patients and the public starts with working alongside them. This hub gathers what people across the UK are learning about doing that well, and shares it in plain English.": "ایسی تحقیق جو مریضوں اور عوام کے لیے اہم باتوں کی عکاسی کرے، اُن کے ساتھ مل کر کام کرنے سے شروع ہوتی ہے۔ یہ ہب جمع کرتا ہے کہ برطانیہ بھر میں لوگ اس کام کو اچھی طرح کرنے کے بارے میں کیا سیکھ رہے ہیں، اور اسے آسان زبان میں شیئر کرتا ہے۔",
        "What you will find here": "یہاں آپ کو کیا ملے گا",
        '<a id="a1">Blog posts</a> from researchers, public contributors and community groups': 'محققین، عوامی شرکاء اور کمیونٹی گروپس کی <a id="a1">بلاگ پوسٹس</a>',
        '<a id="a1">Case studies</a> that show who was involved, what changed and what it cost': '<a id="a1">کیس اسٹڈیز</a> جو بتاتی ہیں کہ کون شامل تھا، کیا بدلا اور اس پر کتنا خرچ آیا',
        '<a id="a1">Community examples</a>, sent in by groups in their own words': '<a id="a1">کمیونٹی کی مثالیں</a>، جو گروپس نے اپنے الفاظ میں بھیجیں',
        "The young people noticed things in the interviews that I had missed. They were not helping with my research; it was our research.": "نوجوانوں نے انٹرویوز میں وہ باتیں نوٹ کیں جو مجھ سے رہ گئی تھیں۔ وہ میری تحقیق میں مدد نہیں کر رہے تھے؛ یہ ہماری تحقیق تھی۔",
        "Dr Amara Okafor, researcher": "ڈاکٹر امارا اوکافور، محقق",
        "Four overlapping circles in different colours, making new colours where they meet.": "مختلف رنگوں کے چار دائرے جو ایک دوسرے پر چڑھے ہوئے ہیں اور جہاں ملتے ہیں وہاں نئے رنگ بناتے ہیں۔",
        "Share your example": "اپنی مثال شیئر کریں",
        "Tell us how you have involved people in research. We compile the examples and share them back with everyone who took part.": "ہمیں بتائیں کہ آپ نے لوگوں کو تحقیق میں کیسے شامل کیا ہے۔ ہم مثالیں اکٹھی کرتے ہیں اور انہیں حصہ لینے والے ہر فرد کے ساتھ واپس شیئر کرتے ہیں۔",
    },
}

ABOUT = {
    "cy": {
        "About the hub": "Am yr hyb",
        "about": "am-yr-hyb",
        "Why the hub exists, who runs it and how we work with patients, carers and the public.": "Pam mae'r hyb yn bod, pwy sy'n ei redeg a sut rydym yn gweithio gyda chleifion, gofalwyr a'r cyhoedd.",
        "The hub collects and shares what people are learning about working in partnership with patients, carers and communities in health and care research.": "Mae'r hyb yn casglu ac yn rhannu'r hyn y mae pobl yn ei ddysgu am weithio mewn partneriaeth â chleifion, gofalwyr a chymunedau ym maes ymchwil iechyd a gofal.",
        "Research is better when the people it is meant to help shape it. Across the UK, researchers, public contributors and community groups are finding new ways to work together, but what they learn often stays within one project. The hub is where we gather that learning, write it up in plain English and share it back.": "Mae ymchwil yn well pan fydd y bobl y mae i fod i'w helpu yn ei llunio. Ledled y DU, mae ymchwilwyr, cyfranwyr cyhoeddus a grwpiau cymunedol yn dod o hyd i ffyrdd newydd o gydweithio, ond mae'r hyn maen nhw'n ei ddysgu yn aml yn aros o fewn un prosiect. Yr hyb yw'r lle rydym yn casglu'r dysgu hwnnw, yn ei ysgrifennu mewn iaith glir ac yn ei rannu'n ôl.",
        "Seven people of different backgrounds sitting around a table covered in papers.": "Saith o bobl o gefndiroedd gwahanol yn eistedd o amgylch bwrdd sy'n llawn papurau.",
        "Partnership means everyone at the table has a say.": "Mae partneriaeth yn golygu bod gan bawb wrth y bwrdd lais.",
        "Our five areas of focus": "Ein pum maes ffocws",
        "After a series of workshops with public contributors and the research community, we agreed five areas where partnership working most needs to improve. Everything we publish is tagged with the areas it speaks to.": "Ar ôl cyfres o weithdai gyda chyfranwyr cyhoeddus a'r gymuned ymchwil, cytunwyd ar bum maes lle mae angen i waith partneriaeth wella fwyaf. Mae popeth a gyhoeddwn wedi'i dagio â'r meysydd y mae'n berthnasol iddynt.",
        "Inclusion and diversity": "Cynhwysiant ac amrywiaeth",
        "Working more closely with communities that research has largely bypassed, and building long-term, equal relationships with them rather than asking for help once and disappearing.": "Gweithio'n agosach gyda chymunedau y mae ymchwil wedi mynd heibio iddynt i raddau helaeth, a meithrin perthynas hirdymor a chyfartal â nhw yn hytrach na gofyn am help unwaith a diflannu.",
        "Learning and development": "Dysgu a datblygu",
        "Training that goes beyond the basics, a way for researchers and public involvement specialists to keep developing, and support for skills within community and voluntary groups too.": "Hyfforddiant sy'n mynd y tu hwnt i'r pethau sylfaenol, ffordd i ymchwilwyr ac arbenigwyr cynnwys y cyhoedd barhau i ddatblygu, a chefnogaeth i sgiliau o fewn grwpiau cymunedol a gwirfoddol hefyd.",
        "Impact": "Effaith",
        "Understanding the difference that involvement makes, so we can learn and improve. Public contributors help decide what counts as impact.": "Deall y gwahaniaeth y mae cynnwys pobl yn ei wneud, er mwyn i ni allu dysgu a gwella. Mae cyfranwyr cyhoeddus yn helpu i benderfynu beth sy'n cyfrif fel effaith.",
        "Digital technologies": "Technolegau digidol",
        "Learning from the online ways of working that grew during the Covid-19 pandemic, while helping people who are not online, for example with digital buddies.": "Dysgu o'r ffyrdd o weithio ar-lein a dyfodd yn ystod pandemig Covid-19, gan helpu pobl nad ydynt ar-lein hefyd, er enghraifft gyda chyfeillion digidol.",
        "Processes that are fit for purpose": "Prosesau sy'n addas i'r diben",
        "Sorting out long-standing problems such as slow and complicated payments to public contributors, and making it easier to involve people early, before a study has funding.": "Datrys problemau hirsefydlog fel taliadau araf a chymhleth i gyfranwyr cyhoeddus, a'i gwneud hi'n haws cynnwys pobl yn gynnar, cyn i astudiaeth gael cyllid.",
        "How we work": "Sut rydym yn gweithio",
        "There is more than one good way to work with people. Depending on the job, we and the projects we write about use <b>co-production</b>, <b>co-design</b>, <b>engagement</b>, <b>consultation</b> and <b>informing</b>. Co-production goes furthest: power is shared and decisions are made together from start to finish. What matters most is that the approach fits the work and that people know what they are being asked to do.": "Mae mwy nag un ffordd dda o weithio gyda phobl. Yn dibynnu ar y gwaith, rydym ni a'r prosiectau rydym yn ysgrifennu amdanynt yn defnyddio <b>cydgynhyrchu</b>, <b>cydddylunio</b>, <b>ymgysylltu</b>, <b>ymgynghori</b> a <b>hysbysu</b>. Cydgynhyrchu sy'n mynd bellaf: caiff pŵer ei rannu a gwneir penderfyniadau gyda'n gilydd o'r dechrau i'r diwedd. Yr hyn sy'n bwysig yw bod y dull yn addas i'r gwaith a bod pobl yn gwybod beth y gofynnir iddynt ei wneud.",
        "Nobody should have to explain twice why their experience matters. The hub is somewhere it has already been written down.": "Ni ddylai neb orfod esbonio ddwywaith pam mae eu profiad yn bwysig. Mae'r hyb yn lle mae hynny eisoes wedi'i ysgrifennu.",
        "Ewan Campbell, chair of the lay review panel": "Ewan Campbell, cadeirydd y panel adolygu lleyg",
        "Who runs the hub": "Pwy sy'n rhedeg yr hyb",
        "The hub is run by a partnership of universities, NHS trusts and community organisations, with a lay review panel of patients, carers and members of the public who review what we publish. Public contributors are paid for their time.": "Caiff yr hyb ei redeg gan bartneriaeth o brifysgolion, ymddiriedolaethau'r GIG a sefydliadau cymunedol, gyda phanel adolygu lleyg o gleifion, gofalwyr ac aelodau'r cyhoedd sy'n adolygu'r hyn a gyhoeddwn. Caiff cyfranwyr cyhoeddus eu talu am eu hamser.",
        "Read the case studies": "Darllenwch yr astudiaethau achos",
        "See how projects across the UK have worked with the people their research is for.": "Gwelwch sut mae prosiectau ledled y DU wedi gweithio gyda'r bobl y mae eu hymchwil ar eu cyfer.",
        "Browse case studies": "Pori'r astudiaethau achos",
    },
    "ur": {
        "About the hub": "ہب کے بارے میں",
        "Why the hub exists, who runs it and how we work with patients, carers and the public.": "ہب کیوں موجود ہے، اسے کون چلاتا ہے اور ہم مریضوں، نگہداشت کرنے والوں اور عوام کے ساتھ کیسے کام کرتے ہیں۔",
        "The hub collects and shares what people are learning about working in partnership with patients, carers and communities in health and care research.": "ہب یہ جمع اور شیئر کرتا ہے کہ لوگ صحت اور نگہداشت کی تحقیق میں مریضوں، نگہداشت کرنے والوں اور کمیونٹیز کے ساتھ شراکت داری میں کام کرنے کے بارے میں کیا سیکھ رہے ہیں۔",
        "Research is better when the people it is meant to help shape it. Across the UK, researchers, public contributors and community groups are finding new ways to work together, but what they learn often stays within one project. The hub is where we gather that learning, write it up in plain English and share it back.": "تحقیق اُس وقت بہتر ہوتی ہے جب وہ لوگ اسے تشکیل دیں جن کی مدد کے لیے یہ کی جا رہی ہے۔ برطانیہ بھر میں محققین، عوامی شرکاء اور کمیونٹی گروپس مل کر کام کرنے کے نئے طریقے تلاش کر رہے ہیں، لیکن جو وہ سیکھتے ہیں وہ اکثر ایک ہی منصوبے تک محدود رہ جاتا ہے۔ ہب وہ جگہ ہے جہاں ہم یہ سیکھ جمع کرتے ہیں، اسے آسان زبان میں لکھتے ہیں اور واپس شیئر کرتے ہیں۔",
        "Seven people of different backgrounds sitting around a table covered in papers.": "مختلف پس منظر کے سات لوگ کاغذات سے بھری میز کے گرد بیٹھے ہیں۔",
        "Partnership means everyone at the table has a say.": "شراکت داری کا مطلب ہے کہ میز پر بیٹھے ہر فرد کی بات سنی جائے۔",
        "Our five areas of focus": "ہماری توجہ کے پانچ شعبے",
        "After a series of workshops with public contributors and the research community, we agreed five areas where partnership working most needs to improve. Everything we publish is tagged with the areas it speaks to.": "عوامی شرکاء اور تحقیقی برادری کے ساتھ کئی ورکشاپس کے بعد ہم نے پانچ ایسے شعبوں پر اتفاق کیا جہاں شراکت داری کے کام میں سب سے زیادہ بہتری کی ضرورت ہے۔ ہم جو کچھ بھی شائع کرتے ہیں اس پر اُن شعبوں کا ٹیگ لگا ہوتا ہے جن سے اس کا تعلق ہے۔",
        "Inclusion and diversity": "شمولیت اور تنوع",
        "Working more closely with communities that research has largely bypassed, and building long-term, equal relationships with them rather than asking for help once and disappearing.": "اُن کمیونٹیز کے ساتھ زیادہ قریب ہو کر کام کرنا جنہیں تحقیق نے زیادہ تر نظر انداز کیا ہے، اور ایک بار مدد مانگ کر غائب ہو جانے کے بجائے اُن کے ساتھ طویل مدتی اور برابری کے تعلقات قائم کرنا۔",
        "Learning and development": "سیکھنا اور ترقی",
        "Training that goes beyond the basics, a way for researchers and public involvement specialists to keep developing, and support for skills within community and voluntary groups too.": "بنیادی باتوں سے آگے کی تربیت، محققین اور عوامی شمولیت کے ماہرین کے لیے مسلسل ترقی کا راستہ، اور کمیونٹی اور رضاکار گروپس میں مہارتوں کے لیے مدد بھی۔",
        "Impact": "اثر",
        "Understanding the difference that involvement makes, so we can learn and improve. Public contributors help decide what counts as impact.": "یہ سمجھنا کہ شمولیت سے کیا فرق پڑتا ہے، تاکہ ہم سیکھ سکیں اور بہتر ہو سکیں۔ عوامی شرکاء یہ طے کرنے میں مدد کرتے ہیں کہ اثر کسے کہا جائے۔",
        "Digital technologies": "ڈیجیٹل ٹیکنالوجیز",
        "Learning from the online ways of working that grew during the Covid-19 pandemic, while helping people who are not online, for example with digital buddies.": "کووڈ-19 کی وبا کے دوران بڑھنے والے آن لائن کام کے طریقوں سے سیکھنا، اور ساتھ ہی اُن لوگوں کی مدد کرنا جو آن لائن نہیں ہیں، مثال کے طور پر ڈیجیٹل ساتھیوں کے ذریعے۔",
        "Processes that are fit for purpose": "مقصد کے مطابق طریقۂ کار",
        "Sorting out long-standing problems such as slow and complicated payments to public contributors, and making it easier to involve people early, before a study has funding.": "پرانے مسائل حل کرنا، جیسے عوامی شرکاء کو سست اور پیچیدہ ادائیگیاں، اور کسی مطالعے کو فنڈنگ ملنے سے پہلے ہی لوگوں کو شامل کرنا آسان بنانا۔",
        "How we work": "ہم کیسے کام کرتے ہیں",
        "There is more than one good way to work with people. Depending on the job, we and the projects we write about use <b>co-production</b>, <b>co-design</b>, <b>engagement</b>, <b>consultation</b> and <b>informing</b>. Co-production goes furthest: power is shared and decisions are made together from start to finish. What matters most is that the approach fits the work and that people know what they are being asked to do.": "لوگوں کے ساتھ کام کرنے کا ایک سے زیادہ اچھا طریقہ ہے۔ کام کے لحاظ سے ہم اور جن منصوبوں کے بارے میں ہم لکھتے ہیں وہ <b>مشترکہ تخلیق</b>، <b>مشترکہ ڈیزائن</b>، <b>رابطہ اور شرکت</b>، <b>مشاورت</b> اور <b>آگاہی</b> استعمال کرتے ہیں۔ مشترکہ تخلیق سب سے آگے جاتی ہے: اختیار بانٹا جاتا ہے اور شروع سے آخر تک فیصلے مل کر کیے جاتے ہیں۔ سب سے اہم بات یہ ہے کہ طریقہ کام کے مطابق ہو اور لوگوں کو معلوم ہو کہ اُن سے کیا کرنے کو کہا جا رہا ہے۔",
        "Nobody should have to explain twice why their experience matters. The hub is somewhere it has already been written down.": "کسی کو دو بار یہ نہیں سمجھانا چاہیے کہ اُن کا تجربہ کیوں اہم ہے۔ ہب ایسی جگہ ہے جہاں یہ پہلے سے لکھا ہوا ہے۔",
        "Ewan Campbell, chair of the lay review panel": "ایون کیمپبل، عوامی جائزہ پینل کے چیئر",
        "Who runs the hub": "ہب کون چلاتا ہے",
        "The hub is run by a partnership of universities, NHS trusts and community organisations, with a lay review panel of patients, carers and members of the public who review what we publish. Public contributors are paid for their time.": "ہب یونیورسٹیوں، این ایچ ایس ٹرسٹس اور کمیونٹی تنظیموں کی شراکت داری سے چلتا ہے، اور مریضوں، نگہداشت کرنے والوں اور عوام پر مشتمل ایک عوامی جائزہ پینل ہماری شائع کردہ چیزوں کا جائزہ لیتا ہے۔ عوامی شرکاء کو اُن کے وقت کا معاوضہ دیا جاتا ہے۔",
        "Read the case studies": "کیس اسٹڈیز پڑھیں",
        "See how projects across the UK have worked with the people their research is for.": "دیکھیں کہ برطانیہ بھر کے منصوبوں نے اُن لوگوں کے ساتھ کیسے کام کیا جن کے لیے اُن کی تحقیق ہے۔",
        "Browse case studies": "کیس اسٹڈیز دیکھیں",
    },
}

COMMUNITY_EXAMPLES = {
    "cy": {
        "Community examples": "Enghreifftiau cymunedol",
        "community-examples": "enghreifftiau-cymunedol",
        "Examples of partnership working sent in by community groups, researchers and public contributors, in their own words.": "Enghreifftiau o weithio mewn partneriaeth a anfonwyd gan grwpiau cymunedol, ymchwilwyr a chyfranwyr cyhoeddus, yn eu geiriau eu hunain.",
        "Groups across the UK have told us how they involve people in research. We check each example with the people who sent it and our lay review panel, then share it here.": "Mae grwpiau ledled y DU wedi dweud wrthym sut maen nhw'n cynnwys pobl mewn ymchwil. Rydym yn gwirio pob enghraifft gyda'r bobl a'i hanfonodd a'n panel adolygu lleyg, ac yna'n ei rhannu yma.",
        "Tell us about something you have done, are doing or plan to do to involve patients, carers or communities in research. Write as you would speak: there are no wrong answers. We email you a private link to follow your example, make any changes our reviewers ask for, or take it down at any time.": "Dywedwch wrthym am rywbeth rydych chi wedi'i wneud, yn ei wneud neu'n bwriadu ei wneud i gynnwys cleifion, gofalwyr neu gymunedau mewn ymchwil. Ysgrifennwch fel y byddech chi'n siarad: does dim atebion anghywir. Byddwn yn anfon dolen breifat atoch drwy e-bost i ddilyn eich enghraifft, gwneud unrhyw newidiadau y mae ein hadolygwyr yn gofyn amdanynt, neu ei thynnu i lawr unrhyw bryd.",
    },
    "ur": {
        "Community examples": "کمیونٹی کی مثالیں",
        "Examples of partnership working sent in by community groups, researchers and public contributors, in their own words.": "کمیونٹی گروپس، محققین اور عوامی شرکاء کی طرف سے اپنے الفاظ میں بھیجی گئی شراکت داری کے کام کی مثالیں۔",
        "Groups across the UK have told us how they involve people in research. We check each example with the people who sent it and our lay review panel, then share it here.": "برطانیہ بھر کے گروپس نے ہمیں بتایا ہے کہ وہ لوگوں کو تحقیق میں کیسے شامل کرتے ہیں۔ ہم ہر مثال کو بھیجنے والوں اور اپنے عوامی جائزہ پینل کے ساتھ جانچتے ہیں، پھر اسے یہاں شیئر کرتے ہیں۔",
        "Tell us about something you have done, are doing or plan to do to involve patients, carers or communities in research. Write as you would speak: there are no wrong answers. We email you a private link to follow your example, make any changes our reviewers ask for, or take it down at any time.": "ہمیں کسی ایسے کام کے بارے میں بتائیں جو آپ نے مریضوں، نگہداشت کرنے والوں یا کمیونٹیز کو تحقیق میں شامل کرنے کے لیے کیا ہے، کر رہے ہیں یا کرنے کا ارادہ رکھتے ہیں۔ ویسے ہی لکھیں جیسے آپ بولتے ہیں: کوئی جواب غلط نہیں۔ ہم آپ کو ایک نجی لنک ای میل کریں گے جس سے آپ اپنی مثال پر نظر رکھ سکیں، ہمارے جائزہ کاروں کی مانگی ہوئی تبدیلیاں کر سکیں، یا اسے کسی بھی وقت ہٹا سکیں۔",
    },
}

CASE_STUDY_INDEX = {
    "cy": {
        "Case studies": "Astudiaethau achos",
        "case-studies": "astudiaethau-achos",
        "Projects where patients, carers and communities worked with researchers, and what changed because of it.": "Prosiectau lle bu cleifion, gofalwyr a chymunedau yn gweithio gydag ymchwilwyr, a'r hyn a newidiodd o ganlyniad.",
        "Each case study explains who was involved, how, what changed for the research, the people and services, and how contributors were paid and credited. Filter by theme, approach, topic or region.": "Mae pob astudiaeth achos yn esbonio pwy gymerodd ran, sut, beth newidiodd i'r ymchwil, y bobl a'r gwasanaethau, a sut y cafodd cyfranwyr eu talu a'u cydnabod. Hidlwch yn ôl thema, dull, pwnc neu ranbarth.",
    },
    "ur": {
        "Case studies": "کیس اسٹڈیز",
        "Projects where patients, carers and communities worked with researchers, and what changed because of it.": "ایسے منصوبے جن میں مریضوں، نگہداشت کرنے والوں اور کمیونٹیز نے محققین کے ساتھ کام کیا، اور اس کی وجہ سے کیا بدلا۔",
        "Each case study explains who was involved, how, what changed for the research, the people and services, and how contributors were paid and credited. Filter by theme, approach, topic or region.": "ہر کیس اسٹڈی بتاتی ہے کہ کون شامل تھا، کیسے، تحقیق، لوگوں اور خدمات کے لیے کیا بدلا، اور شرکاء کو کیسے معاوضہ اور کریڈٹ دیا گیا۔ موضوع، طریقے، عنوان یا علاقے کے لحاظ سے فلٹر کریں۔",
    },
}

LISTENING_POST = {
    "cy": {
        "The Listening Post: a market-stall pop-up about hearing loss": "Y Post Gwrando: stondin dros dro ar y farchnad am golli clyw",
        "listening-post-hearing-loss-pop-up": "y-post-gwrando-colli-clyw",
        "People with hearing loss co-designed a pop-up on Swansea market that got shoppers talking about their hearing and shaped new research questions.": "Bu pobl sy'n colli eu clyw yn cydddylunio stondin dros dro ym marchnad Abertawe a gafodd siopwyr i siarad am eu clyw ac a luniodd gwestiynau ymchwil newydd.",
        "Many people live with hearing loss for years before getting help. A group of people with hearing loss, designers and researchers created the Listening Post: bird boxes playing birdsong at different pitches, set up on Swansea market. Visitors found out which sounds they could not hear, talked to volunteers and could book a free hearing check.": "Mae llawer o bobl yn byw gyda cholli clyw am flynyddoedd cyn cael help. Creodd grŵp o bobl sy'n colli eu clyw, dylunwyr ac ymchwilwyr y Post Gwrando: blychau adar yn chwarae cân adar ar draw gwahanol, ym marchnad Abertawe. Cafodd ymwelwyr wybod pa synau na allen nhw eu clywed, siarad â gwirfoddolwyr a threfnu prawf clyw am ddim.",
        "On average, people wait about ten years before seeking help for hearing loss. Research studies struggle to reach people who have not yet been diagnosed, because they are not in contact with services.": "Ar gyfartaledd, mae pobl yn aros tua deng mlynedd cyn gofyn am help gyda cholli clyw. Mae astudiaethau ymchwil yn ei chael hi'n anodd cyrraedd pobl sydd heb gael diagnosis eto, gan nad ydynt mewn cysylltiad â gwasanaethau.",
        "The idea came from a one-day workshop that brought together people with hearing loss, audiologists, designers, researchers and a local charity. Everyone contributed ideas and the group chose one to develop together.": "Daeth y syniad o weithdy undydd a ddaeth â phobl sy'n colli eu clyw, awdiolegwyr, dylunwyr, ymchwilwyr ac elusen leol at ei gilydd. Cyfrannodd pawb syniadau a dewisodd y grŵp un i'w ddatblygu gyda'i gilydd.",
        "6 people with hearing loss, including two who use British Sign Language": "6 o bobl sy'n colli eu clyw, gan gynnwys dau sy'n defnyddio Iaith Arwyddion Prydain",
        "2 audiologists, 2 designers and 3 researchers": "2 awdiolegydd, 2 ddylunydd a 3 ymchwilydd",
        "volunteers from a local hearing loss charity": "gwirfoddolwyr o elusen colli clyw leol",
        "The workshop used drawing, building and role play rather than presentations. Strong facilitation made sure the people with hearing loss were heard as much as the professionals, with captioning and interpreters throughout.": "Defnyddiodd y gweithdy arlunio, adeiladu a chwarae rôl yn hytrach na chyflwyniadau. Sicrhaodd hwyluso cryf fod y bobl sy'n colli eu clyw yn cael eu clywed gymaint â'r gweithwyr proffesiynol, gydag isdeitlau a dehonglwyr drwy gydol y dydd.",
        "Three yellow bird boxes on posts, with sound waves coming from them.": "Tri blwch adar melyn ar bolion, gyda thonnau sain yn dod ohonynt.",
        "On the market": "Ar y farchnad",
        "The Listening Post ran on six Saturdays. Each bird box played a birdsong at a different frequency, from low to very high. Visitors discovered which ones they could not hear, and volunteers with hearing loss were on hand to talk.": "Bu'r Post Gwrando ar agor ar chwe dydd Sadwrn. Roedd pob blwch adar yn chwarae cân aderyn ar amledd gwahanol, o isel i uchel iawn. Darganfu ymwelwyr pa rai na allen nhw eu clywed, ac roedd gwirfoddolwyr sy'n colli eu clyw wrth law i sgwrsio.",
        "A man told me he had not heard a blackbird for years and had not noticed. He booked a hearing test there and then.": "Dywedodd dyn wrtha i nad oedd wedi clywed mwyalchen ers blynyddoedd a heb sylwi. Trefnodd brawf clyw yn y fan a'r lle.",
        "What visitors could do": "Beth allai ymwelwyr ei wneud",
        "Listen to the bird boxes": "Gwrando ar y blychau adar",
        "Talk to a volunteer who lives with hearing loss": "Siarad â gwirfoddolwr sy'n byw gyda cholli clyw",
        "Book a free hearing check": "Trefnu prawf clyw am ddim",
        "Leave an idea for research on a postcard": "Gadael syniad ar gyfer ymchwil ar gerdyn post",
        "Postcards from 412 visitors were analysed with the group. Three new research questions came out of them, including one on hearing loss in people who work in noisy trades, which is now part of a funding application.": "Dadansoddwyd cardiau post gan 412 o ymwelwyr gyda'r grŵp. Daeth tri chwestiwn ymchwil newydd ohonynt, gan gynnwys un am golli clyw ymhlith pobl sy'n gweithio mewn crefftau swnllyd, sydd bellach yn rhan o gais am gyllid.",
        "Contributors with hearing loss said they felt proud to be the experts. Two have since joined other research teams as public contributors.": "Dywedodd cyfranwyr sy'n colli eu clyw eu bod yn falch o fod yn arbenigwyr. Mae dau wedi ymuno â thimau ymchwil eraill fel cyfranwyr cyhoeddus ers hynny.",
        "The local audiology service booked 97 hearing checks from the pop-up and now runs a monthly drop-in at the market.": "Trefnodd y gwasanaeth awdioleg lleol 97 o brofion clyw drwy'r stondin ac mae bellach yn cynnal sesiwn galw heibio misol yn y farchnad.",
        "A creative, welcoming space brings in people who would never fill in a survey.": "Mae lle creadigol a chroesawgar yn denu pobl na fydden nhw byth yn llenwi arolwg.",
        "Build in access from the start: captions, interpreters and quiet space.": "Cynlluniwch hygyrchedd o'r dechrau: isdeitlau, dehonglwyr a lle tawel.",
        "Joint ownership of ideas keeps people committed long after the workshop.": "Mae perchnogaeth ar y cyd o syniadau yn cadw pobl yn ymrwymedig ymhell ar ôl y gweithdy.",
        "Contributors were paid £150 a day for the workshop and £25 an hour for design meetings and market days, plus travel. Volunteers from the charity were paid expenses and the charity received a donation for its time.": "Talwyd £150 y dydd i gyfranwyr am y gweithdy a £25 yr awr am gyfarfodydd dylunio a diwrnodau marchnad, yn ogystal â chostau teithio. Talwyd treuliau i wirfoddolwyr yr elusen a chafodd yr elusen rodd am ei hamser.",
    },
    "ur": {
        "The Listening Post: a market-stall pop-up about hearing loss": "لسننگ پوسٹ: سماعت سے محرومی کے بارے میں بازار میں ایک عارضی اسٹال",
        "People with hearing loss co-designed a pop-up on Swansea market that got shoppers talking about their hearing and shaped new research questions.": "سماعت سے محروم لوگوں نے سوانزی کے بازار میں مل کر ایک عارضی اسٹال ڈیزائن کیا جس سے خریدار اپنی سماعت کے بارے میں بات کرنے لگے اور تحقیق کے نئے سوالات سامنے آئے۔",
        "Many people live with hearing loss for years before getting help. A group of people with hearing loss, designers and researchers created the Listening Post: bird boxes playing birdsong at different pitches, set up on Swansea market. Visitors found out which sounds they could not hear, talked to volunteers and could book a free hearing check.": "بہت سے لوگ مدد لینے سے پہلے برسوں تک سماعت کی کمی کے ساتھ رہتے ہیں۔ سماعت سے محروم لوگوں، ڈیزائنرز اور محققین کے ایک گروپ نے لسننگ پوسٹ بنائی: سوانزی کے بازار میں لگے پرندوں کے ڈبے جو مختلف سُروں میں پرندوں کی آوازیں سناتے تھے۔ آنے والوں کو پتا چلا کہ وہ کون سی آوازیں نہیں سن سکتے، انہوں نے رضاکاروں سے بات کی اور مفت سماعت کا معائنہ بُک کر سکتے تھے۔",
        "On average, people wait about ten years before seeking help for hearing loss. Research studies struggle to reach people who have not yet been diagnosed, because they are not in contact with services.": "اوسطاً لوگ سماعت کی کمی کے لیے مدد لینے سے پہلے تقریباً دس سال انتظار کرتے ہیں۔ تحقیقی مطالعوں کے لیے اُن لوگوں تک پہنچنا مشکل ہوتا ہے جن کی ابھی تشخیص نہیں ہوئی، کیونکہ وہ خدمات سے رابطے میں نہیں ہوتے۔",
        "The idea came from a one-day workshop that brought together people with hearing loss, audiologists, designers, researchers and a local charity. Everyone contributed ideas and the group chose one to develop together.": "یہ خیال ایک روزہ ورکشاپ سے آیا جس میں سماعت سے محروم لوگ، آڈیالوجسٹ، ڈیزائنرز، محققین اور ایک مقامی خیراتی ادارہ اکٹھے ہوئے۔ سب نے خیالات دیے اور گروپ نے مل کر آگے بڑھانے کے لیے ایک خیال چُنا۔",
        "6 people with hearing loss, including two who use British Sign Language": "سماعت سے محروم 6 افراد، جن میں دو برٹش سائن لینگویج استعمال کرتے ہیں",
        "2 audiologists, 2 designers and 3 researchers": "2 آڈیالوجسٹ، 2 ڈیزائنرز اور 3 محققین",
        "volunteers from a local hearing loss charity": "سماعت سے محرومی پر کام کرنے والے ایک مقامی خیراتی ادارے کے رضاکار",
        "The workshop used drawing, building and role play rather than presentations. Strong facilitation made sure the people with hearing loss were heard as much as the professionals, with captioning and interpreters throughout.": "ورکشاپ میں پریزنٹیشنز کے بجائے ڈرائنگ، چیزیں بنانے اور کردار ادا کرنے کا طریقہ استعمال ہوا۔ اچھی سہولت کاری نے یقینی بنایا کہ سماعت سے محروم لوگوں کی بات بھی اتنی ہی سنی جائے جتنی ماہرین کی، اور پورے وقت کیپشن اور ترجمان موجود رہے۔",
        "Three yellow bird boxes on posts, with sound waves coming from them.": "کھمبوں پر لگے پرندوں کے تین پیلے ڈبے، جن سے آواز کی لہریں نکل رہی ہیں۔",
        "On the market": "بازار میں",
        "The Listening Post ran on six Saturdays. Each bird box played a birdsong at a different frequency, from low to very high. Visitors discovered which ones they could not hear, and volunteers with hearing loss were on hand to talk.": "لسننگ پوسٹ چھ ہفتوں تک ہر ہفتے کے دن لگی۔ ہر ڈبہ نیچی سے بہت اونچی تک، مختلف فریکوئنسی پر پرندے کا گیت سناتا تھا۔ آنے والوں کو پتا چلا کہ وہ کون سی آوازیں نہیں سن سکتے، اور سماعت سے محروم رضاکار بات کرنے کے لیے موجود تھے۔",
        "A man told me he had not heard a blackbird for years and had not noticed. He booked a hearing test there and then.": "ایک آدمی نے مجھے بتایا کہ اس نے برسوں سے کالی چڑیا کی آواز نہیں سنی تھی اور اسے احساس بھی نہیں ہوا تھا۔ اس نے وہیں کھڑے کھڑے سماعت کا ٹیسٹ بُک کروا لیا۔",
        "What visitors could do": "آنے والے کیا کر سکتے تھے",
        "Listen to the bird boxes": "پرندوں کے ڈبوں کو سننا",
        "Talk to a volunteer who lives with hearing loss": "سماعت کی کمی کے ساتھ رہنے والے کسی رضاکار سے بات کرنا",
        "Book a free hearing check": "مفت سماعت کا معائنہ بُک کرنا",
        "Leave an idea for research on a postcard": "پوسٹ کارڈ پر تحقیق کے لیے کوئی خیال لکھ کر چھوڑنا",
        "Postcards from 412 visitors were analysed with the group. Three new research questions came out of them, including one on hearing loss in people who work in noisy trades, which is now part of a funding application.": "412 آنے والوں کے پوسٹ کارڈز کا گروپ کے ساتھ مل کر تجزیہ کیا گیا۔ ان سے تحقیق کے تین نئے سوالات نکلے، جن میں ایک شور والے پیشوں میں کام کرنے والوں کی سماعت کی کمی کے بارے میں ہے، جو اب فنڈنگ کی ایک درخواست کا حصہ ہے۔",
        "Contributors with hearing loss said they felt proud to be the experts. Two have since joined other research teams as public contributors.": "سماعت سے محروم شرکاء نے کہا کہ انہیں ماہر ہونے پر فخر محسوس ہوا۔ اُن میں سے دو اب دوسری تحقیقی ٹیموں میں عوامی شرکاء کے طور پر شامل ہو چکے ہیں۔",
        "The local audiology service booked 97 hearing checks from the pop-up and now runs a monthly drop-in at the market.": "مقامی آڈیالوجی سروس نے اس اسٹال سے سماعت کے 97 معائنے بُک کیے اور اب بازار میں ہر مہینے بغیر وقت لیے آنے کی سہولت دیتی ہے۔",
        "A creative, welcoming space brings in people who would never fill in a survey.": "ایک تخلیقی اور خوش آمدید کہنے والی جگہ اُن لوگوں کو بھی لے آتی ہے جو کبھی سروے نہیں بھرتے۔",
        "Build in access from the start: captions, interpreters and quiet space.": "رسائی کا انتظام شروع سے کریں: کیپشن، ترجمان اور پُرسکون جگہ۔",
        "Joint ownership of ideas keeps people committed long after the workshop.": "خیالات کی مشترکہ ملکیت لوگوں کو ورکشاپ کے بہت بعد تک جُڑا رکھتی ہے۔",
        "Contributors were paid £150 a day for the workshop and £25 an hour for design meetings and market days, plus travel. Volunteers from the charity were paid expenses and the charity received a donation for its time.": "شرکاء کو ورکشاپ کے لیے £150 یومیہ اور ڈیزائن میٹنگز اور بازار کے دنوں کے لیے £25 فی گھنٹہ، اور سفر کا خرچ دیا گیا۔ خیراتی ادارے کے رضاکاروں کو اخراجات دیے گئے اور ادارے کو اس کے وقت کے بدلے عطیہ دیا گیا۔",
    },
}

DIGITAL_BUDDIES = {
    "cy": {
        "Digital buddies help older people join online involvement": "Cyfeillion digidol yn helpu pobl hŷn i gymryd rhan ar-lein",
        "digital-buddies-for-online-involvement": "cyfeillion-digidol",
        "Volunteer digital buddies helped older people and people with long-term conditions join research meetings online for the first time.": "Bu cyfeillion digidol gwirfoddol yn helpu pobl hŷn a phobl â chyflyrau hirdymor i ymuno â chyfarfodydd ymchwil ar-lein am y tro cyntaf.",
        "When research meetings moved online, many older people and people with long-term conditions were left out. In Glasgow, public contributors designed a digital buddy scheme: volunteers who help someone set up a device, practise a video call and join their first meeting. Forty-two people joined research meetings this way.": "Pan symudodd cyfarfodydd ymchwil ar-lein, cafodd llawer o bobl hŷn a phobl â chyflyrau hirdymor eu gadael allan. Yn Glasgow, dyluniodd cyfranwyr cyhoeddus gynllun cyfeillion digidol: gwirfoddolwyr sy'n helpu rhywun i osod dyfais, ymarfer galwad fideo ac ymuno â'u cyfarfod cyntaf. Ymunodd pedwar deg dau o bobl â chyfarfodydd ymchwil fel hyn.",
        "During the Covid-19 pandemic, involvement moved online almost overnight. Public contributors who were not online, or not confident, were suddenly cut off from research they had been part of for years.": "Yn ystod pandemig Covid-19, symudodd gwaith cynnwys y cyhoedd ar-lein bron dros nos. Yn sydyn, cafodd cyfranwyr cyhoeddus nad oeddent ar-lein, neu nad oeddent yn hyderus, eu torri i ffwrdd o ymchwil roeddent wedi bod yn rhan ohoni ers blynyddoedd.",
        "Public contributors who had themselves been new to video calls designed the training for buddies. Buddies were volunteers from libraries and community groups.": "Cyfranwyr cyhoeddus a oedd eu hunain wedi bod yn newydd i alwadau fideo a ddyluniodd yr hyfforddiant i'r cyfeillion. Gwirfoddolwyr o lyfrgelloedd a grwpiau cymunedol oedd y cyfeillion.",
        "42 people supported, aged 58 to 91": "Cefnogwyd 42 o bobl, rhwng 58 a 91 oed",
        "18 volunteer buddies": "18 o gyfeillion gwirfoddol",
        "1 engagement lead": "1 arweinydd ymgysylltu",
        "Each person was matched with a buddy who lived nearby. The buddy phoned first to ask what they wanted to do, then visited to set things up and practise.": "Cafodd pob person ei baru â chyfaill a oedd yn byw gerllaw. Ffoniodd y cyfaill yn gyntaf i holi beth roedden nhw am ei wneud, yna ymweld i osod pethau ac ymarfer.",
        "Two phones joined by a line of dots, like people connecting online.": "Dau ffôn wedi'u cysylltu gan linell o ddotiau, fel pobl yn cysylltu ar-lein.",
        "Loaning the kit": "Benthyg yr offer",
        "Nearly half the people supported had no suitable device. The scheme lent tablets with three months of data, and most people chose to keep going after that.": "Nid oedd gan bron i hanner y bobl a gefnogwyd ddyfais addas. Rhoddodd y cynllun fenthyg llechi gyda thri mis o ddata, a dewisodd y rhan fwyaf o bobl barhau ar ôl hynny.",
        "My buddy did not rush me. By the third call I was showing her things.": "Wnaeth fy nghyfaill ddim fy rhuthro. Erbyn y drydedd alwad roeddwn i'n dangos pethau iddi hi.",
        "Public contributor": "Cyfrannwr cyhoeddus",
        "The buddy training": "Hyfforddiant y cyfeillion",
        "A half-day session covering video calls, privacy and patience, written by public contributors who remembered being beginners.": "Sesiwn hanner diwrnod ar alwadau fideo, preifatrwydd ac amynedd, wedi'i hysgrifennu gan gyfranwyr cyhoeddus a oedd yn cofio bod yn ddechreuwyr.",
        "Five studies that had lost public contributors during lockdown were able to bring them back into their meetings.": "Llwyddodd pum astudiaeth a oedd wedi colli cyfranwyr cyhoeddus yn ystod y cyfyngiadau symud i'w croesawu'n ôl i'w cyfarfodydd.",
        "People said they felt less isolated and more confident online, including for things like booking GP appointments.": "Dywedodd pobl eu bod yn teimlo'n llai ynysig ac yn fwy hyderus ar-lein, gan gynnwys ar gyfer pethau fel trefnu apwyntiadau meddyg teulu.",
        "Two local libraries have adopted the buddy training for their own digital inclusion volunteers.": "Mae dwy lyfrgell leol wedi mabwysiadu hyfforddiant y cyfeillion ar gyfer eu gwirfoddolwyr cynhwysiant digidol eu hunain.",
        "The first call matters most: go at the person's pace.": "Yr alwad gyntaf sydd bwysicaf: ewch ar gyflymder y person.",
        "Lending devices is not enough without data and support.": "Nid yw benthyg dyfeisiau'n ddigon heb ddata a chefnogaeth.",
        "People who were once beginners make the best trainers.": "Pobl a fu unwaith yn ddechreuwyr sy'n gwneud yr hyfforddwyr gorau.",
        "Public contributors were paid £25 an hour for designing the training. Buddies were volunteers and were paid their expenses. People supported kept their loaned tablet for as long as they were involved in research.": "Talwyd £25 yr awr i gyfranwyr cyhoeddus am ddylunio'r hyfforddiant. Gwirfoddolwyr oedd y cyfeillion a thalwyd eu treuliau. Cadwodd y bobl a gefnogwyd eu llechen fenthyg cyhyd ag yr oeddent yn rhan o ymchwil.",
    },
    "ur": {
        "Digital buddies help older people join online involvement": "ڈیجیٹل ساتھی بزرگوں کو آن لائن شمولیت میں مدد دیتے ہیں",
        "Volunteer digital buddies helped older people and people with long-term conditions join research meetings online for the first time.": "رضاکار ڈیجیٹل ساتھیوں نے بزرگوں اور طویل مدتی بیماریوں والے لوگوں کو پہلی بار آن لائن تحقیقی میٹنگز میں شامل ہونے میں مدد دی۔",
        "When research meetings moved online, many older people and people with long-term conditions were left out. In Glasgow, public contributors designed a digital buddy scheme: volunteers who help someone set up a device, practise a video call and join their first meeting. Forty-two people joined research meetings this way.": "جب تحقیقی میٹنگز آن لائن ہو گئیں تو بہت سے بزرگ اور طویل مدتی بیماریوں والے لوگ پیچھے رہ گئے۔ گلاسگو میں عوامی شرکاء نے ڈیجیٹل ساتھی اسکیم تیار کی: ایسے رضاکار جو کسی کو ڈیوائس سیٹ کرنے، ویڈیو کال کی مشق کرنے اور پہلی میٹنگ میں شامل ہونے میں مدد دیتے ہیں۔ اس طرح بیالیس لوگ تحقیقی میٹنگز میں شامل ہوئے۔",
        "During the Covid-19 pandemic, involvement moved online almost overnight. Public contributors who were not online, or not confident, were suddenly cut off from research they had been part of for years.": "کووڈ-19 کی وبا کے دوران شمولیت کا کام تقریباً راتوں رات آن لائن ہو گیا۔ جو عوامی شرکاء آن لائن نہیں تھے، یا پُراعتماد نہیں تھے، وہ اچانک اُس تحقیق سے کٹ گئے جس کا وہ برسوں سے حصہ تھے۔",
        "Public contributors who had themselves been new to video calls designed the training for buddies. Buddies were volunteers from libraries and community groups.": "ساتھیوں کی تربیت اُن عوامی شرکاء نے تیار کی جو خود بھی ویڈیو کالز میں نئے تھے۔ ساتھی لائبریریوں اور کمیونٹی گروپس کے رضاکار تھے۔",
        "42 people supported, aged 58 to 91": "58 سے 91 سال کی عمر کے 42 افراد کی مدد کی گئی",
        "18 volunteer buddies": "18 رضاکار ساتھی",
        "1 engagement lead": "رابطے کا 1 سربراہ",
        "Each person was matched with a buddy who lived nearby. The buddy phoned first to ask what they wanted to do, then visited to set things up and practise.": "ہر فرد کو قریب رہنے والے ایک ساتھی کے ساتھ جوڑا گیا۔ ساتھی نے پہلے فون کر کے پوچھا کہ وہ کیا کرنا چاہتے ہیں، پھر چیزیں سیٹ کرنے اور مشق کرنے کے لیے ملنے آیا۔",
        "Two phones joined by a line of dots, like people connecting online.": "نقطوں کی لکیر سے جُڑے دو فون، جیسے لوگ آن لائن جُڑ رہے ہوں۔",
        "Loaning the kit": "سامان اُدھار دینا",
        "Nearly half the people supported had no suitable device. The scheme lent tablets with three months of data, and most people chose to keep going after that.": "جن لوگوں کی مدد کی گئی اُن میں سے تقریباً آدھے کے پاس کوئی مناسب ڈیوائس نہیں تھی۔ اسکیم نے تین مہینے کے ڈیٹا کے ساتھ ٹیبلٹ اُدھار دیے، اور زیادہ تر لوگوں نے اس کے بعد بھی جاری رکھنے کا فیصلہ کیا۔",
        "My buddy did not rush me. By the third call I was showing her things.": "میری ساتھی نے مجھے جلدی نہیں کروائی۔ تیسری کال تک میں اُسے چیزیں دکھا رہی تھی۔",
        "Public contributor": "عوامی شریک",
        "The buddy training": "ساتھیوں کی تربیت",
        "A half-day session covering video calls, privacy and patience, written by public contributors who remembered being beginners.": "ویڈیو کالز، پرائیویسی اور صبر پر آدھے دن کا سیشن، جو اُن عوامی شرکاء نے لکھا جنہیں اپنا نیا ہونا یاد تھا۔",
        "Five studies that had lost public contributors during lockdown were able to bring them back into their meetings.": "پانچ مطالعے جن کے عوامی شرکاء لاک ڈاؤن میں چھوٹ گئے تھے، انہیں دوبارہ اپنی میٹنگز میں لا سکے۔",
        "People said they felt less isolated and more confident online, including for things like booking GP appointments.": "لوگوں نے کہا کہ وہ کم تنہا اور آن لائن زیادہ پُراعتماد محسوس کرتے ہیں، جیسے جی پی کی اپائنٹمنٹ بُک کرنے جیسے کاموں کے لیے بھی۔",
        "Two local libraries have adopted the buddy training for their own digital inclusion volunteers.": "دو مقامی لائبریریوں نے اپنے ڈیجیٹل شمولیت کے رضاکاروں کے لیے ساتھیوں کی تربیت اپنا لی ہے۔",
        "The first call matters most: go at the person's pace.": "پہلی کال سب سے اہم ہے: اُس فرد کی رفتار سے چلیں۔",
        "Lending devices is not enough without data and support.": "ڈیٹا اور مدد کے بغیر صرف ڈیوائسز اُدھار دینا کافی نہیں۔",
        "People who were once beginners make the best trainers.": "جو لوگ کبھی خود نئے تھے وہی بہترین تربیت دینے والے بنتے ہیں۔",
        "Public contributors were paid £25 an hour for designing the training. Buddies were volunteers and were paid their expenses. People supported kept their loaned tablet for as long as they were involved in research.": "عوامی شرکاء کو تربیت تیار کرنے کے لیے £25 فی گھنٹہ دیا گیا۔ ساتھی رضاکار تھے اور انہیں اُن کے اخراجات دیے گئے۔ جن لوگوں کی مدد کی گئی انہوں نے اُدھار لیا گیا ٹیبلٹ اس وقت تک رکھا جب تک وہ تحقیق میں شامل رہے۔",
    },
}

EVENTS_INDEX = {
    "cy": {
        "Events and training": "Digwyddiadau a hyfforddiant",
        "events": "digwyddiadau",
        "Courses, workshops and webinars about involving people in research, with bursary places for public contributors.": "Cyrsiau, gweithdai a gweminarau am gynnwys pobl mewn ymchwil, gyda lleoedd bwrsariaeth i gyfranwyr cyhoeddus.",
        "Learn with others who involve patients, carers and communities in research. Most events are free for public contributors, and some have bursary places that cover your travel and time.": "Dysgwch gydag eraill sy'n cynnwys cleifion, gofalwyr a chymunedau mewn ymchwil. Mae'r rhan fwyaf o ddigwyddiadau am ddim i gyfranwyr cyhoeddus, ac mae gan rai leoedd bwrsariaeth sy'n talu am eich teithio a'ch amser.",
    },
    "ur": {
        "Events and training": "تقریبات اور تربیت",
        "Courses, workshops and webinars about involving people in research, with bursary places for public contributors.": "لوگوں کو تحقیق میں شامل کرنے کے بارے میں کورسز، ورکشاپس اور ویبینارز، عوامی شرکاء کے لیے وظیفے والی جگہوں کے ساتھ۔",
        "Learn with others who involve patients, carers and communities in research. Most events are free for public contributors, and some have bursary places that cover your travel and time.": "اُن لوگوں کے ساتھ سیکھیں جو مریضوں، نگہداشت کرنے والوں اور کمیونٹیز کو تحقیق میں شامل کرتے ہیں۔ زیادہ تر تقریبات عوامی شرکاء کے لیے مفت ہیں، اور کچھ میں وظیفے والی جگہیں ہیں جو آپ کے سفر اور وقت کا خرچ پورا کرتی ہیں۔",
    },
}

PAYING_WEBINAR = {
    "cy": {
        "Paying public contributors: a lunchtime webinar": "Talu cyfranwyr cyhoeddus: gweminar amser cinio",
        "paying-public-contributors-webinar": "gweminar-talu-cyfranwyr-cyhoeddus",
        "How to pay people for their time quickly and fairly, and what to do about benefits and tax.": "Sut i dalu pobl am eu hamser yn gyflym ac yn deg, a beth i'w wneud am fudd-daliadau a threth.",
        "We email the joining link the day before. Live captions are on.": "Rydyn ni'n anfon y ddolen ymuno drwy e-bost y diwrnod cynt. Mae capsiynau byw ymlaen.",
        "Researchers and involvement leads who pay public contributors, and public contributors who want to know their rights.": "Ymchwilwyr ac arweinwyr cynnwys sy'n talu cyfranwyr cyhoeddus, a chyfranwyr cyhoeddus sydd eisiau gwybod eu hawliau.",
        "Live captions throughout. The recording and a transcript go on this page afterwards.": "Capsiynau byw drwy gydol y sesiwn. Bydd y recordiad a thrawsgrifiad ar y dudalen hon wedyn.",
    },
    "ur": {
        "Paying public contributors: a lunchtime webinar": "عوامی شرکاء کو معاوضہ: دوپہر کے کھانے کے وقت ایک ویبینار",
        "How to pay people for their time quickly and fairly, and what to do about benefits and tax.": "لوگوں کو ان کے وقت کا معاوضہ جلدی اور منصفانہ طریقے سے کیسے دیں، اور سرکاری امداد (بینیفٹس) اور ٹیکس کے بارے میں کیا کریں۔",
        "We email the joining link the day before. Live captions are on.": "ہم شامل ہونے کا لنک ایک دن پہلے ای میل کرتے ہیں۔ براہ راست کیپشن دستیاب ہیں۔",
        "Researchers and involvement leads who pay public contributors, and public contributors who want to know their rights.": "وہ محققین اور شمولیت کے ذمہ دار جو عوامی شرکاء کو معاوضہ دیتے ہیں، اور وہ عوامی شرکاء جو اپنے حقوق جاننا چاہتے ہیں۔",
        "Live captions throughout. The recording and a transcript go on this page afterwards.": "پورے وقت براہ راست کیپشن۔ ریکارڈنگ اور تحریری متن بعد میں اسی صفحے پر لگا دیے جاتے ہیں۔",
    },
}

OPPORTUNITIES_INDEX = {
    "cy": {
        "Get involved in research": "Cymryd rhan mewn ymchwil",
        "opportunities": "cyfleoedd",
        "Roles researchers are offering to patients, carers and members of the public, with what each involves and what it pays.": "Rolau y mae ymchwilwyr yn eu cynnig i gleifion, gofalwyr ac aelodau o'r cyhoedd, gyda beth mae pob un yn ei olygu a faint mae'n ei dalu.",
        "Researchers are looking for people with lived experience to help shape their work. Each role says how much time it takes, whether you can take part from home, and what you are paid. You do not need any qualifications.": "Mae ymchwilwyr yn chwilio am bobl â phrofiad bywyd i helpu i lunio eu gwaith. Mae pob rôl yn dweud faint o amser mae'n ei gymryd, a allwch chi gymryd rhan o gartref, a faint fyddwch chi'n cael eich talu. Does dim angen unrhyw gymwysterau arnoch chi.",
    },
    "ur": {
        "Get involved in research": "تحقیق میں شامل ہوں",
        "Roles researchers are offering to patients, carers and members of the public, with what each involves and what it pays.": "وہ کردار جو محققین مریضوں، نگہداشت کرنے والوں اور عوام کو پیش کر رہے ہیں، ہر ایک میں کیا کرنا ہوتا ہے اور اس کا کتنا معاوضہ ہے۔",
        "Researchers are looking for people with lived experience to help shape their work. Each role says how much time it takes, whether you can take part from home, and what you are paid. You do not need any qualifications.": "محققین ایسے لوگوں کی تلاش میں ہیں جن کا ذاتی تجربہ ان کے کام کو بہتر بنانے میں مدد دے۔ ہر کردار بتاتا ہے کہ اس میں کتنا وقت لگتا ہے، کیا آپ گھر سے حصہ لے سکتے ہیں، اور آپ کو کتنا معاوضہ ملتا ہے۔ آپ کو کسی قابلیت کی ضرورت نہیں۔",
    },
}


# page slug (English) -> translations
PAGES = {
    "home": HOME,
    "case-studies": CASE_STUDY_INDEX,
    "about": ABOUT,
    "community-examples": COMMUNITY_EXAMPLES,
    "listening-post-hearing-loss-pop-up": LISTENING_POST,
    "digital-buddies-for-online-involvement": DIGITAL_BUDDIES,
    "events": EVENTS_INDEX,
    "paying-public-contributors-webinar": PAYING_WEBINAR,
    "opportunities": OPPORTUNITIES_INDEX,
}

# Translations a fluent speaker should check before they are relied on.
UNSURE = {
    "cy": {
        "Cydddylunio",
        "Hysbysu",
        "Cynnal",
    },
    "ur": {
        "رابطہ اور شرکت",
        "مشترکہ تخلیق",
        "آگاہی",
        "ہوم پیج",
        "تحقیق کا انعقاد",
        "لسننگ پوسٹ: سماعت سے محرومی کے بارے میں بازار میں ایک عارضی اسٹال",
        "لسننگ پوسٹ چھ ہفتوں تک ہر ہفتے کے دن لگی۔ ہر ڈبہ نیچی سے بہت اونچی تک، مختلف فریکوئنسی پر پرندے کا گیت سناتا تھا۔ آنے والوں کو پتا چلا کہ وہ کون سی آوازیں نہیں سن سکتے، اور سماعت سے محروم رضاکار بات کرنے کے لیے موجود تھے۔",
    },
}

RESOURCES_INDEX = {
    "cy": {
        "Resource library": "Llyfrgell adnoddau",
        "resources": "adnoddau",
        "Guides, templates and questions for involving people in research, with easy read and large print versions.": "Canllawiau, templedi a chwestiynau ar gyfer cynnwys pobl mewn ymchwil, gyda fersiynau hawdd eu darllen a phrint bras.",
        "Free resources for researchers, public contributors and community groups. Many were written with public contributors. Each one says who it is for and what versions there are.": "Adnoddau am ddim i ymchwilwyr, cyfranwyr cyhoeddus a grwpiau cymunedol. Cafodd llawer eu hysgrifennu gyda chyfranwyr cyhoeddus. Mae pob un yn dweud ar gyfer pwy y mae a pha fersiynau sydd ar gael.",
    },
    "ur": {
        "Resource library": "وسائل کی لائبریری",
        "Guides, templates and questions for involving people in research, with easy read and large print versions.": "لوگوں کو تحقیق میں شامل کرنے کے لیے رہنما کتابچے، سانچے اور سوالات، آسان پڑھائی اور بڑے حروف والے نسخوں کے ساتھ۔",
        "Free resources for researchers, public contributors and community groups. Many were written with public contributors. Each one says who it is for and what versions there are.": "محققین، عوامی شرکاء اور کمیونٹی گروپوں کے لیے مفت وسائل۔ ان میں سے کئی عوامی شرکاء کے ساتھ مل کر لکھے گئے۔ ہر ایک بتاتا ہے کہ وہ کس کے لیے ہے اور اس کے کون سے نسخے دستیاب ہیں۔",
    },
}

REFLECTIVE_QUESTIONS = {
    "cy": {
        "Reflective questions for co-producing research": "Cwestiynau myfyriol ar gyfer cydgynhyrchu ymchwil",
        "reflective-questions": "cwestiynau-myfyriol",
        "Questions a research team and public contributors can ask themselves together, to share power more equally at every stage.": "Cwestiynau y gall tîm ymchwil a chyfranwyr cyhoeddus eu gofyn iddyn nhw eu hunain gyda'i gilydd, i rannu grym yn fwy cyfartal ar bob cam.",
        "Use them at the start of a project and again at each stage. There are no right answers: the point is to talk about them together.": "Defnyddiwch nhw ar ddechrau prosiect ac eto ar bob cam. Does dim atebion cywir: y nod yw siarad amdanyn nhw gyda'ch gilydd.",
    },
    "ur": {
        "Reflective questions for co-producing research": "مشترکہ تحقیق کے لیے غور و فکر کے سوالات",
        "Questions a research team and public contributors can ask themselves together, to share power more equally at every stage.": "وہ سوالات جو تحقیقی ٹیم اور عوامی شرکاء مل کر خود سے پوچھ سکتے ہیں، تاکہ ہر مرحلے پر اختیار زیادہ برابری سے بانٹا جائے۔",
        "Use them at the start of a project and again at each stage. There are no right answers: the point is to talk about them together.": "انہیں منصوبے کے آغاز میں اور پھر ہر مرحلے پر استعمال کریں۔ کوئی جواب صحیح یا غلط نہیں: مقصد ان پر مل کر بات کرنا ہے۔",
    },
}

MAP_OF_RESOURCES = {
    "cy": {
        "A map of resources for co-producing research": "Map o adnoddau ar gyfer cydgynhyrchu ymchwil",
        "map-of-resources": "map-o-adnoddau",
        "Which tools and guidance help at each stage, from the first idea to sharing what changed.": "Pa offer a chanllawiau sy'n helpu ar bob cam, o'r syniad cyntaf i rannu beth newidiodd.",
        "The map is a one-page overview. Each stage lists a few trusted resources.": "Trosolwg ar un dudalen yw'r map. Mae pob cam yn rhestru ychydig o adnoddau dibynadwy.",
    },
    "ur": {
        "A map of resources for co-producing research": "مشترکہ تحقیق کے لیے وسائل کا نقشہ",
        "Which tools and guidance help at each stage, from the first idea to sharing what changed.": "ہر مرحلے پر کون سے اوزار اور رہنمائی مدد کرتے ہیں، پہلے خیال سے لے کر یہ بتانے تک کہ کیا بدلا۔",
        "The map is a one-page overview. Each stage lists a few trusted resources.": "یہ نقشہ ایک صفحے کا خلاصہ ہے۔ ہر مرحلے کے ساتھ چند قابلِ اعتماد وسائل درج ہیں۔",
    },
}

PAYING_GUIDE = {
    "cy": {
        "Paying public contributors: a guide for research teams": "Talu cyfranwyr cyhoeddus: canllaw i dimau ymchwil",
        "paying-public-contributors-guide": "canllaw-talu-cyfranwyr-cyhoeddus",
        "How to agree rates, pay quickly and cover expenses, and what to tell people about benefits.": "Sut i gytuno ar gyfraddau, talu'n gyflym a thalu costau, a beth i'w ddweud wrth bobl am fudd-daliadau.",
    },
    "ur": {
        "Paying public contributors: a guide for research teams": "عوامی شرکاء کو معاوضہ: تحقیقی ٹیموں کے لیے رہنما کتابچہ",
        "How to agree rates, pay quickly and cover expenses, and what to tell people about benefits.": "شرحیں کیسے طے کریں، جلد ادائیگی کیسے کریں اور اخراجات کیسے پورے کریں، اور لوگوں کو سرکاری امداد (بینیفٹس) کے بارے میں کیا بتائیں۔",
    },
}

ROLE_TEMPLATE = {
    "cy": {
        "Role description template for public contributors": "Templed disgrifiad rôl ar gyfer cyfranwyr cyhoeddus",
        "role-description-template": "templed-disgrifiad-rol",
        "A template to tell people what a role involves before they agree to it.": "Templed i ddweud wrth bobl beth mae rôl yn ei olygu cyn iddyn nhw gytuno iddi.",
    },
    "ur": {
        "Role description template for public contributors": "عوامی شرکاء کے لیے کردار کی تفصیل کا سانچہ",
        "A template to tell people what a role involves before they agree to it.": "ایک سانچہ جس سے لوگوں کو ان کے ہامی بھرنے سے پہلے بتایا جائے کہ کردار میں کیا کرنا ہوگا۔",
    },
}

IMPACT = {
    "cy": {
        "What changed because people were involved": "Beth newidiodd oherwydd bod pobl wedi cymryd rhan",
        "impact": "effaith",
        "The difference patients, carers and communities made to research, to themselves and to services, in the words of the projects.": "Y gwahaniaeth a wnaeth cleifion, gofalwyr a chymunedau i ymchwil, iddyn nhw eu hunain ac i wasanaethau, yng ngeiriau'r prosiectau.",
        "Every case study and community example on this hub says what changed because people were involved. Here they are together, so you can see the difference it makes.": "Mae pob astudiaeth achos ac enghraifft gymunedol ar yr hyb hwn yn dweud beth newidiodd oherwydd bod pobl wedi cymryd rhan. Dyma nhw gyda'i gilydd, er mwyn i chi weld y gwahaniaeth y mae'n ei wneud.",
    },
    "ur": {
        "What changed because people were involved": "لوگوں کی شمولیت سے کیا بدلا",
        "The difference patients, carers and communities made to research, to themselves and to services, in the words of the projects.": "مریضوں، نگہداشت کرنے والوں اور کمیونٹیز نے تحقیق میں، اپنی زندگی میں اور خدمات میں جو فرق ڈالا، منصوبوں کے اپنے الفاظ میں۔",
        "Every case study and community example on this hub says what changed because people were involved. Here they are together, so you can see the difference it makes.": "اس ہب پر ہر کیس اسٹڈی اور کمیونٹی کی مثال بتاتی ہے کہ لوگوں کی شمولیت سے کیا بدلا۔ یہاں وہ سب یکجا ہیں، تاکہ آپ دیکھ سکیں کہ اس سے کیا فرق پڑتا ہے۔",
    },
}

DEMENTIA_ROLE = {
    "cy": {
        "Join the advisory group for a study of dementia care at home": "Ymunwch â'r grŵp cynghori ar gyfer astudiaeth o ofal dementia yn y cartref",
        "dementia-study-advisory-group": "grwp-cynghori-astudiaeth-dementia",
        "Help a research team decide what to ask families caring for someone with dementia.": "Helpwch dîm ymchwil i benderfynu beth i'w ofyn i deuluoedd sy'n gofalu am rywun â dementia.",
        "Public advisory group member": "Aelod cyhoeddus o'r grŵp cynghori",
        "Six meetings over two years, each two hours. You will read short papers before each meeting, give your views on the questions the study asks and how it asks them, and help plan how the findings are shared.": "Chwe chyfarfod dros ddwy flynedd, pob un yn ddwy awr. Byddwch yn darllen papurau byr cyn pob cyfarfod, yn rhoi eich barn am y cwestiynau y mae'r astudiaeth yn eu gofyn a sut mae'n eu gofyn, ac yn helpu i gynllunio sut i rannu'r canfyddiadau.",
        "Two hours every four months, for two years": "Dwy awr bob pedwar mis, am ddwy flynedd",
        "£25 an hour": "£25 yr awr",
        "Meetings and the time you spend reading beforehand.": "Cyfarfodydd a'r amser rydych chi'n ei dreulio yn darllen ymlaen llaw.",
        "We can send papers in large print or talk them through by phone. If you need a laptop or data to join online, we can lend or pay for them.": "Gallwn anfon papurau mewn print bras neu eu trafod dros y ffôn. Os oes angen gliniadur neu ddata arnoch i ymuno ar-lein, gallwn eu benthyg neu dalu amdanyn nhw.",
        "Priya Shah, public involvement lead": "Priya Shah, arweinydd cynnwys y cyhoedd",
    },
    "ur": {
        "Join the advisory group for a study of dementia care at home": "گھر پر ڈیمینشیا کی نگہداشت کے مطالعے کے مشاورتی گروپ میں شامل ہوں",
        "Help a research team decide what to ask families caring for someone with dementia.": "ایک تحقیقی ٹیم کو یہ طے کرنے میں مدد دیں کہ ڈیمینشیا میں مبتلا کسی فرد کی دیکھ بھال کرنے والے خاندانوں سے کیا پوچھا جائے۔",
        "Public advisory group member": "مشاورتی گروپ کے عوامی رکن",
        "Six meetings over two years, each two hours. You will read short papers before each meeting, give your views on the questions the study asks and how it asks them, and help plan how the findings are shared.": "دو سال میں چھ ملاقاتیں، ہر ایک دو گھنٹے کی۔ آپ ہر ملاقات سے پہلے مختصر کاغذات پڑھیں گے، مطالعے کے سوالات اور ان کے پوچھنے کے طریقے پر اپنی رائے دیں گے، اور نتائج بتانے کی منصوبہ بندی میں مدد کریں گے۔",
        "Two hours every four months, for two years": "دو سال تک، ہر چار ماہ میں دو گھنٹے",
        "£25 an hour": "£25 فی گھنٹہ",
        "Meetings and the time you spend reading beforehand.": "ملاقاتیں اور ان سے پہلے پڑھنے میں لگنے والا وقت۔",
        "We can send papers in large print or talk them through by phone. If you need a laptop or data to join online, we can lend or pay for them.": "ہم کاغذات بڑے حروف میں بھیج سکتے ہیں یا فون پر ان کی وضاحت کر سکتے ہیں۔ اگر آن لائن شامل ہونے کے لیے آپ کو لیپ ٹاپ یا ڈیٹا چاہیے تو ہم ادھار دے سکتے ہیں یا ان کا خرچ اٹھا سکتے ہیں۔",
        "Priya Shah, public involvement lead": "پریا شاہ، عوامی شمولیت کی سربراہ",
    },
}

STROKE_ROLE = {
    "cy": {
        "Public co-applicant for a stroke rehabilitation trial": "Cyd-ymgeisydd cyhoeddus ar gyfer treial adsefydlu ar ôl strôc",
        "stroke-trial-co-applicant": "cyd-ymgeisydd-treial-stroc",
        "Help write a funding bid, and then help run the trial as a member of its team.": "Helpwch i ysgrifennu cais am gyllid, ac yna helpu i redeg y treial fel aelod o'i dîm.",
        "Public co-applicant": "Cyd-ymgeisydd cyhoeddus",
        "You will help write the plain-English parts of the funding application, then sit on the trial's management group if it is funded. We will pair you with a researcher who has done this before.": "Byddwch yn helpu i ysgrifennu rhannau Saesneg clir y cais am gyllid, ac yna'n eistedd ar grŵp rheoli'r treial os caiff ei ariannu. Byddwn yn eich paru ag ymchwilydd sydd wedi gwneud hyn o'r blaen.",
        "About 15 hours over the next two months, then a meeting a month": "Tua 15 awr dros y ddau fis nesaf, yna cyfarfod bob mis",
        "£150 for a full day, £75 for half a day": "£150 am ddiwrnod llawn, £75 am hanner diwrnod",
        "Time, preparation and travel. We pay for a carer if you need one.": "Amser, paratoi a theithio. Rydyn ni'n talu am ofalwr os oes angen un arnoch.",
        "Meetings are in a step-free building in Leeds, and online.": "Mae'r cyfarfodydd mewn adeilad heb risiau yn Leeds, ac ar-lein.",
        "Tom Wright, trial manager": "Tom Wright, rheolwr y treial",
    },
    "ur": {
        "Public co-applicant for a stroke rehabilitation trial": "فالج کے بعد بحالی کے تجربے (ٹرائل) کے لیے عوامی شریک درخواست گزار",
        "Help write a funding bid, and then help run the trial as a member of its team.": "فنڈنگ کی درخواست لکھنے میں مدد کریں، اور پھر ٹیم کے رکن کے طور پر ٹرائل چلانے میں مدد دیں۔",
        "Public co-applicant": "عوامی شریک درخواست گزار",
        "You will help write the plain-English parts of the funding application, then sit on the trial's management group if it is funded. We will pair you with a researcher who has done this before.": "آپ فنڈنگ کی درخواست کے آسان انگریزی والے حصے لکھنے میں مدد کریں گے، اور اگر فنڈنگ مل گئی تو ٹرائل کے انتظامی گروپ میں بیٹھیں گے۔ ہم آپ کو ایک ایسے محقق کے ساتھ جوڑیں گے جو پہلے یہ کام کر چکا ہے۔",
        "About 15 hours over the next two months, then a meeting a month": "اگلے دو ماہ میں تقریباً 15 گھنٹے، پھر ہر ماہ ایک ملاقات",
        "£150 for a full day, £75 for half a day": "پورے دن کے £150، آدھے دن کے £75",
        "Time, preparation and travel. We pay for a carer if you need one.": "وقت، تیاری اور سفر۔ اگر آپ کو نگہداشت کرنے والے کی ضرورت ہو تو ہم اس کا خرچ دیتے ہیں۔",
        "Meetings are in a step-free building in Leeds, and online.": "ملاقاتیں لیڈز میں سیڑھیوں کے بغیر رسائی والی عمارت میں، اور آن لائن ہوتی ہیں۔",
        "Tom Wright, trial manager": "ٹام رائٹ، ٹرائل مینیجر",
    },
}

SHARING_FINDINGS_ROLE = {
    "cy": {
        "Help a study share what it found": "Helpwch astudiaeth i rannu'r hyn a ganfu",
        "sharing-findings-adviser": "cynghorydd-rhannu-canfyddiadau",
        "Tell a research team how to share its findings with the people they matter to.": "Dywedwch wrth dîm ymchwil sut i rannu ei ganfyddiadau â'r bobl y maen nhw'n bwysig iddyn nhw.",
        "Adviser on sharing findings": "Cynghorydd ar rannu canfyddiadau",
        "Three online meetings to plan how a study of home care shares its findings: what to say first, which words to leave out, and where people will see it. Between meetings you read draft leaflets and posts and say what is unclear.": "Tri chyfarfod ar-lein i gynllunio sut mae astudiaeth o ofal yn y cartref yn rhannu ei chanfyddiadau: beth i'w ddweud yn gyntaf, pa eiriau i'w gadael allan, a ble bydd pobl yn ei weld. Rhwng cyfarfodydd rydych chi'n darllen taflenni a negeseuon drafft ac yn dweud beth sydd ddim yn glir.",
        "Three meetings of 90 minutes, and about an hour of reading between them": "Tri chyfarfod o 90 munud, a thua awr o ddarllen rhyngddyn nhw",
        "£25 an hour": "£25 yr awr",
        "Meetings and the time you spend reading.": "Cyfarfodydd a'r amser rydych chi'n ei dreulio yn darllen.",
        "We can post printed papers, and you can join by phone instead of video.": "Gallwn bostio papurau wedi'u hargraffu, a gallwch ymuno dros y ffôn yn lle fideo.",
        "Priya Shah, public involvement lead": "Priya Shah, arweinydd cynnwys y cyhoedd",
    },
    "ur": {
        "Help a study share what it found": "ایک مطالعے کو اس کے نتائج بتانے میں مدد دیں",
        "Tell a research team how to share its findings with the people they matter to.": "ایک تحقیقی ٹیم کو بتائیں کہ وہ اپنے نتائج ان لوگوں تک کیسے پہنچائے جن کے لیے وہ اہم ہیں۔",
        "Adviser on sharing findings": "نتائج بتانے کے مشیر",
        "Three online meetings to plan how a study of home care shares its findings: what to say first, which words to leave out, and where people will see it. Between meetings you read draft leaflets and posts and say what is unclear.": "تین آن لائن ملاقاتیں جن میں گھر پر نگہداشت کے ایک مطالعے کے نتائج بتانے کی منصوبہ بندی ہو گی: پہلے کیا کہنا ہے، کون سے الفاظ چھوڑنے ہیں، اور لوگ اسے کہاں دیکھیں گے۔ ملاقاتوں کے درمیان آپ پرچوں اور پوسٹوں کے مسودے پڑھیں گے اور بتائیں گے کہ کیا واضح نہیں ہے۔",
        "Three meetings of 90 minutes, and about an hour of reading between them": "90 منٹ کی تین ملاقاتیں، اور ان کے درمیان تقریباً ایک گھنٹہ پڑھائی",
        "£25 an hour": "£25 فی گھنٹہ",
        "Meetings and the time you spend reading.": "ملاقاتیں اور پڑھنے میں لگنے والا وقت۔",
        "We can post printed papers, and you can join by phone instead of video.": "ہم چھپے ہوئے کاغذات ڈاک سے بھیج سکتے ہیں، اور آپ ویڈیو کے بجائے فون پر شامل ہو سکتے ہیں۔",
        "Priya Shah, public involvement lead": "پریا شاہ، عوامی شمولیت کی سربراہ",
    },
}

YOUNG_PEOPLES_PANEL = {
    "cy": {
        "Young people's panel on mental health apps": "Panel pobl ifanc ar apiau iechyd meddwl",
        "young-peoples-panel": "panel-pobl-ifanc",
        "Test mental health apps and tell researchers what works for you.": "Profwch apiau iechyd meddwl a dweud wrth ymchwilwyr beth sy'n gweithio i chi.",
        "Panel member (aged 16 to 24)": "Aelod o'r panel (16 i 24 oed)",
        "Four online sessions in which you try apps and talk about them with other young people.": "Pedair sesiwn ar-lein lle rydych chi'n rhoi cynnig ar apiau ac yn siarad amdanyn nhw gyda phobl ifanc eraill.",
        "Four evenings of 90 minutes": "Pedair noson o 90 munud",
        "£20 voucher per session": "Taleb £20 am bob sesiwn",
        "Each session.": "Pob sesiwn.",
        "Ellie Robinson": "Ellie Robinson",
    },
    "ur": {
        "Young people's panel on mental health apps": "ذہنی صحت کی ایپس پر نوجوانوں کا پینل",
        "Test mental health apps and tell researchers what works for you.": "ذہنی صحت کی ایپس آزمائیں اور محققین کو بتائیں کہ آپ کے لیے کیا کارآمد ہے۔",
        "Panel member (aged 16 to 24)": "پینل کے رکن (عمر 16 سے 24 سال)",
        "Four online sessions in which you try apps and talk about them with other young people.": "چار آن لائن نشستیں جن میں آپ ایپس آزماتے ہیں اور دوسرے نوجوانوں کے ساتھ ان پر بات کرتے ہیں۔",
        "Four evenings of 90 minutes": "90 منٹ کی چار شامیں",
        "£20 voucher per session": "ہر نشست کے لیے £20 کا واؤچر",
        "Each session.": "ہر نشست۔",
        "Ellie Robinson": "ایلی رابنسن",
    },
}

PLAIN_ENGLISH_WORKSHOP = {
    "cy": {
        "Writing plain-English summaries people want to read": "Ysgrifennu crynodebau Saesneg clir y mae pobl eisiau eu darllen",
        "plain-english-summaries-workshop": "gweithdy-crynodebau-saesneg-clir",
        "Bring a summary you are writing and rewrite it with public contributors.": "Dewch â chrynodeb rydych chi'n ei ysgrifennu a'i ailysgrifennu gyda chyfranwyr cyhoeddus.",
        "Temple of Peace": "Teml Heddwch",
        "King Edward VII Avenue\nCardiff\nCF10 3AP": "Rhodfa'r Brenin Edward VII\nCaerdydd\nCF10 3AP",
        "You can also join online: we email the link when you book.": "Gallwch hefyd ymuno ar-lein: rydyn ni'n anfon y ddolen drwy e-bost pan fyddwch yn archebu.",
        "Anyone who writes about research for the public.": "Unrhyw un sy'n ysgrifennu am ymchwil ar gyfer y cyhoedd.",
        "Step-free access and a hearing loop. Welsh speakers are welcome to work in Welsh.": "Mynediad heb risiau a dolen sain. Mae croeso i siaradwyr Cymraeg weithio yn Gymraeg.",
    },
    "ur": {
        "Writing plain-English summaries people want to read": "آسان انگریزی میں ایسے خلاصے لکھنا جو لوگ پڑھنا چاہیں",
        "Bring a summary you are writing and rewrite it with public contributors.": "جو خلاصہ آپ لکھ رہے ہیں وہ ساتھ لائیں اور عوامی شرکاء کے ساتھ مل کر اسے دوبارہ لکھیں۔",
        "Temple of Peace": "Temple of Peace",
        "King Edward VII Avenue\nCardiff\nCF10 3AP": "King Edward VII Avenue\nCardiff\nCF10 3AP",
        "You can also join online: we email the link when you book.": "آپ آن لائن بھی شامل ہو سکتے ہیں: بکنگ کرنے پر ہم لنک ای میل کر دیتے ہیں۔",
        "Anyone who writes about research for the public.": "ہر وہ شخص جو عوام کے لیے تحقیق کے بارے میں لکھتا ہے۔",
        "Step-free access and a hearing loop. Welsh speakers are welcome to work in Welsh.": "سیڑھیوں کے بغیر رسائی اور سماعت کا لوپ۔ ویلش بولنے والے ویلش میں کام کر سکتے ہیں۔",
    },
}

ONLINE_WEBINAR = {
    "cy": {
        "Involvement when we could not meet: lessons from moving online": "Cynnwys pobl pan nad oedden ni'n gallu cwrdd: gwersi o symud ar-lein",
        "involvement-online-webinar": "gweminar-cynnwys-ar-lein",
        "Three projects on what worked, and who was left out, when involvement moved online.": "Tri phrosiect ar beth weithiodd, a phwy gafodd eu gadael allan, pan symudodd gwaith cynnwys ar-lein.",
        "Anyone running involvement online.": "Unrhyw un sy'n cynnal gwaith cynnwys ar-lein.",
        "The recording has captions.": "Mae capsiynau ar y recordiad.",
    },
    "ur": {
        "Involvement when we could not meet: lessons from moving online": "جب ہم مل نہیں سکتے تھے تو شمولیت: آن لائن منتقل ہونے کے سبق",
        "Three projects on what worked, and who was left out, when involvement moved online.": "تین منصوبے اس بارے میں کہ جب شمولیت آن لائن منتقل ہوئی تو کیا کارآمد رہا، اور کون پیچھے رہ گیا۔",
        "Anyone running involvement online.": "ہر وہ شخص جو آن لائن شمولیت کا کام چلاتا ہے۔",
        "The recording has captions.": "ریکارڈنگ میں کیپشن موجود ہیں۔",
    },
}

COURSE = {
    "cy": {
        "Co-production in health and social care research: a one-day course": "Cydgynhyrchu mewn ymchwil iechyd a gofal cymdeithasol: cwrs undydd",
        "co-production-in-research-course": "cwrs-cydgynhyrchu-mewn-ymchwil",
        "A day on sharing power in research: what co-production means, how to start, and how to work through the hierarchies that get in the way.": "Diwrnod am rannu grym mewn ymchwil: beth yw ystyr cydgynhyrchu, sut i ddechrau, a sut i weithio drwy'r hierarchaethau sy'n rhwystro.",
        "Engine Shed": "Engine Shed",
        "Station Approach\nBristol\nBS1 6QH": "Station Approach\nBryste\nBS1 6QH",
        "Researchers, health and care professionals, and members of the public who want to co-produce research. No experience needed.": "Ymchwilwyr, gweithwyr iechyd a gofal proffesiynol, ac aelodau o'r cyhoedd sydd eisiau cydgynhyrchu ymchwil. Does dim angen profiad.",
        "The venue has step-free access, a hearing loop and a quiet room. Lunch is provided: tell us about any diet you need. If you need anything else to take part, such as a BSL interpreter or a carer's place, tell us when you book.": "Mae gan y lleoliad fynediad heb risiau, dolen sain ac ystafell dawel. Darperir cinio: dywedwch wrthym am unrhyw ddeiet sydd ei angen arnoch. Os oes angen unrhyw beth arall arnoch i gymryd rhan, fel dehonglydd BSL neu le i ofalwr, dywedwch wrthym pan fyddwch yn archebu.",
        "£60 for researchers and professionals; free for public contributors": "£60 i ymchwilwyr a gweithwyr proffesiynol; am ddim i gyfranwyr cyhoeddus",
        "Bursaries cover your travel and a payment for your time. They are for public contributors and carers who would not otherwise be able to come. Say you would like one when you book; we reply within a week.": "Mae bwrsariaethau'n talu am eich teithio a thaliad am eich amser. Maen nhw ar gyfer cyfranwyr cyhoeddus a gofalwyr na fydden nhw'n gallu dod fel arall. Dywedwch yr hoffech chi un pan fyddwch yn archebu; rydyn ni'n ateb o fewn wythnos.",
        "The course was written by public contributors who have co-produced research, with researchers and a public involvement lead. You will work through reflective questions about sharing power, in small groups that mix researchers and public contributors.": "Cafodd y cwrs ei ysgrifennu gan gyfranwyr cyhoeddus sydd wedi cydgynhyrchu ymchwil, gydag ymchwilwyr ac arweinydd cynnwys y cyhoedd. Byddwch yn gweithio drwy gwestiynau myfyriol am rannu grym, mewn grwpiau bach sy'n cymysgu ymchwilwyr a chyfranwyr cyhoeddus.",
        "what makes co-production different from consultation": "beth sy'n gwneud cydgynhyrchu yn wahanol i ymgynghori",
        "sharing decisions from the first idea to the final report": "rhannu penderfyniadau o'r syniad cyntaf i'r adroddiad terfynol",
        "paying and supporting public contributors": "talu a chefnogi cyfranwyr cyhoeddus",
        "what to do when hierarchies get in the way": "beth i'w wneud pan fydd hierarchaethau'n rhwystro",
    },
    "ur": {
        "Co-production in health and social care research: a one-day course": "صحت اور سماجی نگہداشت کی تحقیق میں مشترکہ تخلیق: ایک روزہ کورس",
        "A day on sharing power in research: what co-production means, how to start, and how to work through the hierarchies that get in the way.": "تحقیق میں اختیار بانٹنے پر ایک دن: مشترکہ تخلیق کا کیا مطلب ہے، آغاز کیسے کریں، اور راستے میں آنے والی درجہ بندیوں سے کیسے نمٹیں۔",
        "Engine Shed": "Engine Shed",
        "Station Approach\nBristol\nBS1 6QH": "Station Approach\nBristol\nBS1 6QH",
        "Researchers, health and care professionals, and members of the public who want to co-produce research. No experience needed.": "محققین، صحت اور نگہداشت کے پیشہ ور افراد، اور عوام کے وہ لوگ جو مل کر تحقیق کرنا چاہتے ہیں۔ کسی تجربے کی ضرورت نہیں۔",
        "The venue has step-free access, a hearing loop and a quiet room. Lunch is provided: tell us about any diet you need. If you need anything else to take part, such as a BSL interpreter or a carer's place, tell us when you book.": "مقام پر سیڑھیوں کے بغیر رسائی، سماعت کا لوپ اور ایک پرسکون کمرہ ہے۔ دوپہر کا کھانا دیا جاتا ہے: اپنی کسی غذائی ضرورت کے بارے میں ہمیں بتائیں۔ اگر حصہ لینے کے لیے آپ کو کچھ اور چاہیے، جیسے برٹش سائن لینگویج (BSL) کا ترجمان یا نگہداشت کرنے والے کے لیے جگہ، تو بکنگ کرتے وقت ہمیں بتائیں۔",
        "£60 for researchers and professionals; free for public contributors": "محققین اور پیشہ ور افراد کے لیے £60؛ عوامی شرکاء کے لیے مفت",
        "Bursaries cover your travel and a payment for your time. They are for public contributors and carers who would not otherwise be able to come. Say you would like one when you book; we reply within a week.": "وظائف آپ کے سفر کا خرچ اور آپ کے وقت کا معاوضہ پورا کرتے ہیں۔ یہ اُن عوامی شرکاء اور نگہداشت کرنے والوں کے لیے ہیں جو ورنہ نہیں آ سکتے۔ بکنگ کرتے وقت بتائیں کہ آپ وظیفہ چاہتے ہیں؛ ہم ایک ہفتے میں جواب دیتے ہیں۔",
        "The course was written by public contributors who have co-produced research, with researchers and a public involvement lead. You will work through reflective questions about sharing power, in small groups that mix researchers and public contributors.": "یہ کورس اُن عوامی شرکاء نے لکھا جو مل کر تحقیق کر چکے ہیں، محققین اور عوامی شمولیت کی ایک سربراہ کے ساتھ۔ آپ اختیار بانٹنے کے بارے میں غور و فکر کے سوالات پر چھوٹے گروپوں میں کام کریں گے جن میں محققین اور عوامی شرکاء ملے جلے ہوں گے۔",
        "what makes co-production different from consultation": "مشترکہ تخلیق مشاورت سے کیسے مختلف ہے",
        "sharing decisions from the first idea to the final report": "پہلے خیال سے آخری رپورٹ تک فیصلوں میں شراکت",
        "paying and supporting public contributors": "عوامی شرکاء کو معاوضہ دینا اور ان کا ساتھ دینا",
        "what to do when hierarchies get in the way": "جب درجہ بندیاں رکاوٹ بنیں تو کیا کریں",
    },
}

PAGES.update(
    {
        "co-production-in-research-course": COURSE,
        "resources": RESOURCES_INDEX,
        "reflective-questions": REFLECTIVE_QUESTIONS,
        "map-of-resources": MAP_OF_RESOURCES,
        "paying-public-contributors-guide": PAYING_GUIDE,
        "role-description-template": ROLE_TEMPLATE,
        "impact": IMPACT,
        "dementia-study-advisory-group": DEMENTIA_ROLE,
        "stroke-trial-co-applicant": STROKE_ROLE,
        "sharing-findings-adviser": SHARING_FINDINGS_ROLE,
        "young-peoples-panel": YOUNG_PEOPLES_PANEL,
        "plain-english-summaries-workshop": PLAIN_ENGLISH_WORKSHOP,
        "involvement-online-webinar": ONLINE_WEBINAR,
    }
)
