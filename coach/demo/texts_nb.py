"""Sample team and sample sentences in Norwegian bokmål for `coach demo`.

Sentences may hold slots ({project}, {colleague}, {skill}, {stakeholder}, {deliverable})
that the generator fills from the lists at the top, so that the notes vary.
"""

FIRST_NAMES = (
    "Ingrid", "Øyvind", "Siri", "Håkon", "Marte", "Jørgen", "Åse", "Ragnhild", "Bjørn",
    "Sigrid", "Eirik", "Tone", "Kristoffer", "Ida", "Mats", "Hanne", "Aslak", "Nora",
    "Thomas", "Line", "Emil", "Guro", "Lars", "Maria", "Fatima", "Amir", "Solveig", "Per",
    "Kjersti", "Sindre", "Vilde", "Trond",
)
LAST_NAMES = (
    "Bakken", "Solberg", "Haugen", "Lie", "Kristiansen", "Dahl", "Mæland", "Sæther",
    "Østby", "Nygård", "Strand", "Berg", "Aas", "Hansen", "Johansen", "Larsen", "Sørensen",
    "Pedersen", "Halvorsen", "Fjeld", "Brekke", "Hovland", "Ødegård", "Rønning", "Ali",
    "Hussain", "Løken", "Vågen",
)
ROLES = (
    "Rådgiver", "Seniorrådgiver", "Utvikler", "Saksbehandler", "Førstekonsulent",
    "Spesialrådgiver", "Prosjektleder", "Seniorutvikler", "Controller", "Tjenestedesigner",
)
EMAIL_DOMAIN = "eksempel.no"

OBJECTIVES = (
    ("Raskere og riktigere saksbehandling",
     "Saksbehandlingstiden skal ned til under fire uker, uten at kvaliteten går ned."),
    ("Brukerne opplever oss som tilgjengelige",
     "Det skal være enkelt å nå oss, og svarene våre skal være til å forstå."),
    ("Digitalisere arbeidsprosessene",
     "Manuelle steg i tilskuddsforvaltningen erstattes av digitale løsninger."),
    ("Et godt og inkluderende arbeidsmiljø",
     "Alle skal oppleve mestring, tilhørighet og at det er trygt å si fra."),
    ("Bygge kompetanse på data og analyse",
     "Vi skal bruke egne data til å ta bedre beslutninger."),
)
#: An objective from earlier years, kept inactive in multi-year data sets.
OLD_OBJECTIVE = ("Ny organisering av seksjonen",
                 "Overgangen til den nye seksjonsstrukturen skal være gjennomført.")

PROJECT = (
    "den nye søknadsportalen", "migreringen til skyen", "årsrapporten", "tilskuddsveilederen",
    "brukerundersøkelsen", "arkivprosjektet", "den nye saksflyten", "statistikkløsningen",
    "høringsnotatet", "internrevisjonen", "chatboten på nettsidene", "budsjettarbeidet",
)
DELIVERABLE = (
    "første utkast til veilederen", "analysen av restansene", "prototypen", "høringssvaret",
    "kravspesifikasjonen", "opplæringsmateriellet", "rapporten til departementet",
    "risikovurderingen", "testplanen", "notatet om ny saksflyt",
)
COLLEAGUE = ("Kari", "Ola", "Henrik", "Astrid", "Jon", "Birgit", "Morten", "Elin", "Stian")
STAKEHOLDER = (
    "juridisk seksjon", "IT-avdelingen", "kommunikasjonsstaben", "fylkeskommunen",
    "brukerrådet", "økonomiavdelingen", "departementet", "leverandøren",
)
SKILL = (
    "klarspråk", "forvaltningsrett", "prosjektledelse", "dataanalyse", "Python",
    "tjenestedesign", "fasilitering", "anskaffelser", "informasjonssikkerhet", "SQL",
)

COMPETENCE_AREAS = (
    ("Forvaltningsrett", "Fag"), ("Saksbehandling", "Fag"), ("Tilskuddsforvaltning", "Fag"),
    ("Klarspråk", "Kommunikasjon"), ("Formidling og presentasjon", "Kommunikasjon"),
    ("Dataanalyse", "Digital"), ("Python", "Digital"), ("Tjenestedesign", "Metode"),
    ("Prosjektledelse", "Metode"), ("Fasilitering av workshops", "Samarbeid"),
    ("Veiledning av kolleger", "Samarbeid"), ("Anskaffelser", "Fag"),
    ("Informasjonssikkerhet", "Digital"), ("Endringsledelse", "Ledelse"),
)
COMPETENCE_START = (
    "Utgangspunkt vi ble enige om i målsamtalen.",
    "Slik vi vurderte nivået da vi laget kompetanseprofilen.",
    "Første vurdering, basert på erfaringen fra tidligere jobb.",
)
COMPETENCE_GROWTH = (
    "Har hatt ansvaret for {project} på egen hånd og løst det godt.",
    "Tar nå de vanskelige sakene selv og veileder andre i dem.",
    "Fullført kurs i {skill} og brukt det i {project}.",
    "Blir spurt om råd av kolleger på tvers av seksjonene.",
    "Ledet workshopen med {stakeholder} uten støtte.",
    "Har gått fra å følge oppskriften til å se når den ikke passer.",
)
COMPETENCE_NEW = (
    "Nytt område etter arbeidet med {project}.",
    "Tatt inn i profilen fordi oppgavene har endret seg.",
)
COMPETENCE_EVIDENCE = (
    "Arbeidet med {project}.", "Tilbakemeldinger fra {stakeholder}.",
    "Kurs og egen praksis i {skill}.", "Veiledning av nye kolleger.",
)

WORK_GOALS = (
    ("Få saksbehandlingstiden på tilskuddssøknader ned til under fire uker.",
     "Gjennomsnittlig saksbehandlingstid i månedsrapporten."),
    ("Levere {deliverable} i {project} innen fristen.", "Levert og godkjent i styringsgruppen."),
    ("Skrive om de ti mest brukte standardbrevene til klarspråk.",
     "Ti brev publisert og testet på fem brukere."),
    ("Etablere et fast samarbeid med {stakeholder} om {project}.",
     "Faste møter hver måned og en felles oppgaveliste."),
    ("Redusere restansene i egen portefølje med en tredel.", "Antall åpne saker per kvartal."),
    ("Lage et dashbord som viser saksflyten i seksjonen.",
     "Dashbordet brukes i ukemøtet."),
    ("Ta ansvar for opplæringen av nyansatte i saksbehandling.",
     "To nyansatte gjennomført opplæring og gitt tilbakemelding."),
)
DEVELOPMENT_GOALS = (
    ("Bli trygg på {skill}.", "Kan gjøre en ekte oppgave i {skill} uten å spørre om hjelp."),
    ("Lede et prosjekt fra start til slutt.", "Har ledet {project} og fått evaluering."),
    ("Holde et innlegg på fagdagen.", "Innlegget holdt og tilbakemeldinger samlet inn."),
    ("Lære å fasilitere workshops med brukere.", "Fasilitert tre workshops på egen hånd."),
    ("Få dypere forståelse av forvaltningsretten i tilskuddssaker.",
     "Kan begrunne vedtak uten å gå via juridisk seksjon."),
)
PERSONAL_GOALS = (
    ("Si nei oftere til oppgaver som ikke hører hjemme hos meg.",
     "Opplever mer ro i hverdagen, tas opp i hver månedlig oppfølging."),
    ("Bli bedre til å be om hjelp tidlig.", "Løfter hindringer før de blir kritiske."),
    ("Ta ordet oftere i større møter.", "Har hatt ordet i minst ett allmøte i halvåret."),
    ("Skape bedre balanse mellom jobb og fritid.",
     "Ingen e-post etter klokka fem, med sjeldne unntak."),
    ("Gi mer tilbakemelding til kollegene mine.", "Gir minst én konkret tilbakemelding i uka."),
)
PROGRESS = {
    "on-track": (
        "Går etter planen.", "God framdrift, {deliverable} er nesten ferdig.",
        "Jevn fremgang hele måneden.", "I rute, og samarbeidet med {stakeholder} fungerer.",
    ),
    "at-risk": (
        "Litt forsinket fordi {project} har tatt mye tid.",
        "Usikker på fristen, venter på svar fra {stakeholder}.",
        "Har ikke fått tid til dette siden forrige gang.",
    ),
    "off-track": (
        "Står stille, andre oppgaver har gått foran.",
        "Må prioriteres ned eller få ny frist.",
    ),
    "achieved": (
        "Målet er nådd, og det kjennes godt.", "Nådd før fristen.",
        "Ferdig, med god tilbakemelding fra {stakeholder}.",
    ),
}
GOAL_DROP = (
    "Lagt bort etter omorganiseringen; oppgaven ligger nå hos en annen seksjon.",
    "Ikke lenger relevant etter at {project} ble stanset.",
    "Vi ble enige om at andre mål er viktigere nå.",
)
GOAL_ACHIEVE = (
    "Nådd, se evalueringen.", "Nådd og vel så det.", "Målet er oppfylt slik vi avtalte.",
)
GOAL_REVISE = (
    "Ny frist etter at {project} ble forsinket.",
    "Målet er gjort mer konkret.",
    "Videreført til neste år med justert frist.",
)

NOTES = {
    "goalset": (
        "Ønsker å bruke mer av tiden på {skill} i året som kommer.",
        "Er opptatt av at målene skal henge sammen med {project}.",
        "Vil ha ett utviklingsmål som er litt skummelt.",
        "Snakket om hva som skal til for å lykkes med {project}.",
        "Blir motivert av å se at arbeidet gir bedre tjenester for brukerne.",
    ),
    "since": (
        "Har brukt mesteparten av tiden på {project} siden sist.",
        "En travel måned, med mange henvendelser fra {stakeholder}.",
        "Fikk levert {deliverable}, og det ble godt mottatt.",
        "Har vært syk noen dager, men er tilbake i rute nå.",
        "Ble med i arbeidsgruppen for {project} sammen med {colleague}.",
        "Roligere periode, har fått ryddet i restansene.",
    ),
    "goals": (
        "Målet om {skill} går framover, men det tar lengre tid enn planlagt.",
        "Vi så på målene sammen; to av tre er i rute.",
        "Opplever at målene fortsatt gir mening og henger sammen med enhetens mål.",
        "Vanskelig å få tid til utviklingsmålet i en travel periode.",
        "Målet om {project} er tydeligere etter samtalen med {stakeholder}.",
    ),
    "learning": (
        "Har lært mye om hvordan {stakeholder} jobber.",
        "Kurset i {skill} var nyttig, særlig øvingsoppgavene.",
        "Merker at det blir lettere å skrive vedtak i klarspråk.",
        "Har lest seg opp på {skill} på egen hånd.",
    ),
    "ahead": (
        "Neste måned handler mest om {project}.",
        "Ferie i juli, så {deliverable} må være ferdig før det.",
        "Vil gjerne ha en større rolle i {project} til høsten.",
        "De viktigste aktivitetene framover er {deliverable} og oppfølgingen av {stakeholder}.",
    ),
    "support": (
        "Trenger å vite hva som skal prioriteres når alt haster.",
        "Ønsker en sparringpartner på {skill}.",
        "Alt i alt god støtte fra teamet.",
    ),
    "other": (
        "Spurte om muligheten for å jobbe mer hjemmefra.",
        "Ingenting mer denne gangen.",
        "Lurer på hvordan den nye organiseringen vil påvirke teamet.",
    ),
    "unit": (
        "Gikk gjennom enhetens mål for året og hva de betyr for teamet.",
        "Vi snakket om hvordan digitaliseringsmålet berører saksbehandlingen.",
        "Enhetens viktigste mål i år er kortere saksbehandlingstid.",
    ),
    "roles": (
        "Avklarte ansvaret for {project} mellom oss og {colleague}.",
        "Skal være fast kontaktperson mot {stakeholder}.",
        "Rollen som fagansvarlig for {skill} ble tydeligere.",
    ),
    "wellbeing": (
        "Trives godt i teamet, men arbeidsmengden er høy.",
        "Opplever god stemning, og at det er trygt å si fra.",
        "Sliter litt med støyen i landskapet; bruker stillerommet mer.",
        "Savner mer faglig fellesskap med kollegene.",
    ),
    "now": (
        "Arbeidshverdagen er ganske stabil for tiden.",
        "Mye på én gang akkurat nå, men det er overkommelig.",
        "Er i gang med {project} og synes det er spennende.",
    ),
    "competence": (
        "Oppdaterte kompetanseprofilen i bredde og spiss.",
        "Størst utvikling på {skill} det siste året.",
        "Ønsker å gå mer i dybden enn i bredden framover.",
    ),
    "summary": (
        "God samtale, begge er fornøyde med retningen.",
        "Oppsummerte avtalene; referatet deles i etterkant.",
        "Kort oppsummering: god framdrift, noen få hindringer.",
    ),
}
PRIVATE = (
    "Virket sliten. Følg med på arbeidsmengden før sommeren.",
    "Nevnte at det er tøft hjemme for tiden. Ikke ta det opp igjen uten at hen gjør det selv.",
    "Bør få mer synlige oppgaver; har mer å gi enn rollen gir rom for.",
    "Snakk med {colleague} om fordelingen av oppgaver i {project}.",
    "Mulig kandidat til fagansvaret for {skill}.",
    "Var mer engasjert enn på lenge. Husk å gi ros for {deliverable}.",
)
AGREEMENTS = (
    "Vi tar en ekstra prat når {deliverable} er ferdig.",
    "{project} prioriteres foran nye henvendelser de neste to ukene.",
    "Jobber hjemmefra på fredager så lenge det passer med teamet.",
    "Den månedlige oppfølgingen flyttes til første tirsdag i måneden.",
    "Målene for året er som vi skrev dem i dag.",
    "Tar kurs i {skill} i løpet av høsten.",
    "Får en fast fagdag i måneden til utviklingsmålet.",
)
ACTIONS_EMPLOYEE = (
    "Sende utkast til {deliverable} til {colleague}.",
    "Melde seg på kurs i {skill}.",
    "Avtale et møte med {stakeholder} om {project}.",
    "Skrive et kort notat om erfaringene fra {project}.",
    "Oppdatere egen kompetanseprofil før neste samtale.",
    "Lage en plan for {deliverable}.",
)
ACTIONS_LEADER = (
    "Avklare prioriteringen mellom {project} og driften med ledergruppen.",
    "Sjekke budsjett for kurs i {skill}.",
    "Sette opp møte med {stakeholder}.",
    "Be {colleague} om å være mentor.",
    "Skaffe ny skjerm og hev-senk-pult.",
    "Ta opp arbeidsmengden i teamet på neste allmøte.",
)
SUPPORT = (
    "Trenger hjelp til å prioritere mellom {project} og de løpende sakene.",
    "Ønsker en avklaring av rollen opp mot {stakeholder}.",
    "Behov for en mentor i {skill}.",
    "Trenger mer tid til {deliverable}; vil gjerne at noe tas bort.",
    "Ønsker tydeligere tilbakemelding underveis, ikke bare i samtalene.",
)
LEARNINGS = (
    "Lærte at det lønner seg å involvere {stakeholder} tidlig.",
    "Har oppdaget at korte sjekkpunkter med {colleague} sparer mye tid.",
    "Fikk prøvd {skill} i praksis i {project}.",
    "Forstår nå bedre hvordan budsjettprosessen henger sammen.",
    "Ser at jeg jobber best med faste fokusblokker om morgenen.",
)
MASTERY = (
    "Løste en vanskelig klagesak på egen hånd, og parten takket for forklaringen.",
    "Presenterte {deliverable} for ledergruppen og fikk gode spørsmål.",
    "Fikk {project} i mål til fristen, etter en tøff innspurt.",
    "Hjalp {colleague} med en sak i {skill} og kjente at det satt.",
    "Ledet møtet med {stakeholder} og fikk alle med på løsningen.",
    "Automatiserte en manuell rapport og sparte teamet for flere timer i uka.",
)

MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "desember",
)
SECTION_TITLES = {
    "since-last-time": "Siden sist", "goals-and-plans": "Mål og planer",
    "learning": "Læring og utvikling", "ahead": "Veien videre", "support": "Støtte og hjelp",
    "other": "Annet", "unit-goals": "Enhetens mål", "own-goals": "Dine egne mål",
    "tasks-roles": "Oppgaver, ansvar og roller", "agree-goals": "Vi blir enige om målene",
    "summary": "Oppsummering", "looking-back": "Tilbakeblikk",
    "goals-results": "Mål og resultater", "competence": "Kompetanse i bredde og spiss",
    "wellbeing": "Arbeidsmiljø og trivsel", "now": "Her og nå", "work-goals": "Arbeidsmål",
    "development-goals": "Utviklingsmål",
}
