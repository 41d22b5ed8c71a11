"""Sample team and sample sentences in English for `coach demo`.

Sentences may hold slots ({project}, {colleague}, {skill}, {stakeholder}, {deliverable})
that the generator fills from the lists at the top, so that the notes vary.
"""

FIRST_NAMES = (
    "Amara", "Liam", "Priya", "Mateo", "Hannah", "Kenji", "Olivia", "Samuel", "Leila",
    "Daniel", "Chloe", "Tomasz", "Grace", "Ravi", "Emma", "Jonas", "Sofia", "Noah", "Aisha",
    "Lucas", "Mia", "Ethan", "Zara", "Oscar", "Elena", "Felix", "Nadia", "Ben", "Yusuf",
    "Clara", "Owen", "Ines",
)
LAST_NAMES = (
    "Okafor", "O'Brien", "Sharma", "Garcia", "Schmidt", "Tanaka", "Walker", "Mensah",
    "Haddad", "Novak", "Dubois", "Kowalski", "Campbell", "Patel", "Fischer", "Lindqvist",
    "Rossi", "Murphy", "Rahman", "Silva", "Jensen", "Clarke", "Ahmed", "Evans", "Petrova",
    "Meyer", "Costa", "Nguyen",
)
ROLES = (
    "Adviser", "Senior Adviser", "Developer", "Case Officer", "Analyst", "Principal Adviser",
    "Project Manager", "Senior Developer", "Financial Controller", "Service Designer",
)
EMAIL_DOMAIN = "example.org"

OBJECTIVES = (
    ("Faster, more accurate case handling",
     "Bring case handling time under four weeks without lowering quality."),
    ("Easy to reach, easy to understand",
     "People who contact us find us quickly and understand our answers."),
    ("Digital grant management",
     "Replace the manual steps in grant management with digital services."),
    ("A healthy, inclusive workplace",
     "Everyone experiences mastery, belonging and the safety to speak up."),
    ("Decisions built on data",
     "Use our own data to make better decisions."),
)
#: An objective from earlier years, kept inactive in multi-year data sets.
OLD_OBJECTIVE = ("Settle into the new department structure",
                 "Complete the move to the new department structure.")

PROJECT = (
    "the new application portal", "the cloud migration", "the annual report",
    "the grants handbook", "the user survey", "the records project", "the new case workflow",
    "the statistics service", "the consultation paper", "the internal audit",
    "the website chatbot", "the budget round",
)
DELIVERABLE = (
    "the first draft of the handbook", "the backlog analysis", "the prototype",
    "the consultation response", "the requirements spec", "the training material",
    "the report to the ministry", "the risk assessment", "the test plan",
    "the memo on the new case workflow",
)
COLLEAGUE = ("Sarah", "James", "Anna", "Mark", "Julia", "Peter", "Laura", "Tom", "Rachel")
STAKEHOLDER = (
    "the legal team", "IT", "communications", "the county council", "the user panel",
    "finance", "the ministry", "the supplier",
)
SKILL = (
    "plain language", "administrative law", "project management", "data analysis", "Python",
    "service design", "facilitation", "procurement", "information security", "SQL",
)

COMPETENCE_AREAS = (
    ("Administrative law", "Domain"), ("Case handling", "Domain"),
    ("Grant management", "Domain"), ("Plain language", "Communication"),
    ("Presenting and explaining", "Communication"), ("Data analysis", "Digital"),
    ("Python", "Digital"), ("Service design", "Methods"), ("Project management", "Methods"),
    ("Running workshops", "Collaboration"), ("Mentoring colleagues", "Collaboration"),
    ("Procurement", "Domain"), ("Information security", "Digital"),
    ("Leading change", "Leadership"),
)
COMPETENCE_START = (
    "Starting point we agreed in the goal-setting conversation.",
    "Where we placed it when we first drew up the competence profile.",
    "First assessment, based on experience from a previous job.",
)
COMPETENCE_GROWTH = (
    "Ran {project} on their own and handled it well.",
    "Now takes the hard cases and coaches others through them.",
    "Finished a course in {skill} and put it to use in {project}.",
    "Colleagues across teams come to them for advice.",
    "Facilitated the workshop with {stakeholder} without support.",
    "Has moved from following the recipe to knowing when it does not fit.",
)
COMPETENCE_NEW = (
    "New area after the work on {project}.",
    "Added to the profile because the job has changed.",
)
COMPETENCE_EVIDENCE = (
    "The work on {project}.", "Feedback from {stakeholder}.",
    "Course and own practice in {skill}.", "Mentoring new colleagues.",
)

WORK_GOALS = (
    ("Bring handling time for grant applications under four weeks.",
     "Average handling time in the monthly report."),
    ("Deliver {deliverable} for {project} on time.", "Delivered and signed off by the board."),
    ("Rewrite our ten most used standard letters in plain language.",
     "Ten letters published and tested with five users."),
    ("Set up regular collaboration with {stakeholder} on {project}.",
     "A monthly meeting and a shared task list."),
    ("Cut the backlog in my own caseload by a third.", "Open cases per quarter."),
    ("Build a dashboard that shows the team's case flow.", "The dashboard is used every week."),
    ("Own the case-handling training for new starters.",
     "Two new starters trained and their feedback collected."),
)
DEVELOPMENT_GOALS = (
    ("Become confident in {skill}.", "Can do a real task in {skill} without asking for help."),
    ("Lead a project from start to finish.", "Has led {project} and had it evaluated."),
    ("Give a talk at the team's learning day.", "Talk given and feedback gathered."),
    ("Learn to facilitate workshops with users.", "Facilitated three workshops alone."),
    ("Understand administrative law in grant cases in more depth.",
     "Can justify decisions without going via the legal team."),
)
PERSONAL_GOALS = (
    ("Say no more often to work that does not belong with me.",
     "A calmer working week, raised in every monthly follow-up."),
    ("Ask for help earlier.", "Raises blockers before they become critical."),
    ("Speak up more in larger meetings.", "Has spoken at a staff meeting at least once a term."),
    ("Find a better balance between work and the rest of life.",
     "No email after five, with rare exceptions."),
    ("Give colleagues more feedback.", "At least one concrete piece of feedback a week."),
)
PROGRESS = {
    "on-track": (
        "Going to plan.", "Good progress; {deliverable} is nearly done.",
        "Steady progress all month.", "On track, and working with {stakeholder} is going well.",
    ),
    "at-risk": (
        "A little behind because {project} has taken a lot of time.",
        "Not sure about the deadline; waiting to hear from {stakeholder}.",
        "Has not had time for this since last time.",
    ),
    "off-track": (
        "Stalled; other work has come first.",
        "Needs a lower priority or a new deadline.",
    ),
    "achieved": (
        "Goal reached, and it feels good.", "Reached ahead of the deadline.",
        "Done, with good feedback from {stakeholder}.",
    ),
}
GOAL_DROP = (
    "Dropped after the reorganisation; the work now sits with another team.",
    "No longer relevant since {project} was stopped.",
    "We agreed that other goals matter more now.",
)
GOAL_ACHIEVE = (
    "Reached, see the evaluation.", "Reached and then some.", "Met as we agreed.",
)
GOAL_REVISE = (
    "New deadline after {project} was delayed.",
    "Made the goal more concrete.",
    "Carried forward into next year with a new deadline.",
)

NOTES = {
    "goalset": (
        "Wants to spend more time on {skill} in the year ahead.",
        "Keen that the goals tie in with {project}.",
        "Wants one development goal that feels a little daunting.",
        "Talked about what it takes to succeed with {project}.",
        "Motivated by seeing the work make services better for users.",
    ),
    "since": (
        "Most of the time since last time went on {project}.",
        "A busy month, with lots of requests from {stakeholder}.",
        "Delivered {deliverable}, and it landed well.",
        "Off sick for a few days but back on track now.",
        "Joined the working group for {project} with {colleague}.",
        "A quieter spell; used it to clear the backlog.",
    ),
    "goals": (
        "The {skill} goal is moving, though more slowly than planned.",
        "We went through the goals together; two of three are on track.",
        "The goals still feel meaningful and tie in with the unit's objectives.",
        "Hard to find time for the development goal in a busy period.",
        "The goal on {project} is clearer after talking to {stakeholder}.",
    ),
    "learning": (
        "Learned a lot about how {stakeholder} works.",
        "The {skill} course was useful, especially the exercises.",
        "Writing decisions in plain language is getting easier.",
        "Has been reading up on {skill} independently.",
    ),
    "ahead": (
        "Next month is mostly about {project}.",
        "Holiday in July, so {deliverable} has to be done before then.",
        "Would like a bigger role in {project} in the autumn.",
        "The main things ahead are {deliverable} and following up {stakeholder}.",
    ),
    "support": (
        "Needs to know what comes first when everything is urgent.",
        "Would like someone to think aloud with about {skill}.",
        "All in all, good support from the team.",
    ),
    "other": (
        "Asked about working from home more often.",
        "Nothing else this time.",
        "Wonders how the new structure will affect the team.",
    ),
    "unit": (
        "Went through the unit's objectives for the year and what they mean for the team.",
        "We talked about how the digital objective affects case handling.",
        "The unit's main objective this year is shorter handling times.",
    ),
    "roles": (
        "Clarified who owns {project}: us or {colleague}.",
        "Will be the regular contact for {stakeholder}.",
        "The role as go-to person for {skill} became clearer.",
    ),
    "wellbeing": (
        "Enjoys the team, but the workload is high.",
        "Good atmosphere, and it feels safe to speak up.",
        "Finds the open-plan noise tiring; uses the quiet room more.",
        "Misses having more colleagues in the same field.",
    ),
    "now": (
        "Work is fairly steady at the moment.",
        "A lot at once right now, but manageable.",
        "Getting started on {project} and finding it exciting.",
    ),
    "competence": (
        "Updated the competence profile in breadth and depth.",
        "Biggest growth this year has been in {skill}.",
        "Wants to go deeper rather than broader from here.",
    ),
    "summary": (
        "A good conversation; both happy with the direction.",
        "Summed up the agreements; notes will be shared afterwards.",
        "In short: good progress, a few obstacles.",
    ),
}
PRIVATE = (
    "Seemed tired. Keep an eye on the workload before the summer.",
    "Mentioned things are hard at home. Do not raise it again unless they do.",
    "Should get more visible work; has more to give than the role allows.",
    "Talk to {colleague} about how the work on {project} is split.",
    "Possible candidate to own {skill} for the team.",
    "More engaged than in a long while. Remember to praise {deliverable}.",
)
AGREEMENTS = (
    "We will have an extra chat once {deliverable} is done.",
    "{project} comes before new requests for the next two weeks.",
    "Works from home on Fridays as long as it suits the team.",
    "The monthly follow-up moves to the first Tuesday of the month.",
    "This year's goals are as we wrote them today.",
    "Takes a course in {skill} during the autumn.",
    "Gets one learning day a month for the development goal.",
)
ACTIONS_EMPLOYEE = (
    "Send a draft of {deliverable} to {colleague}.",
    "Sign up for a course in {skill}.",
    "Book a meeting with {stakeholder} about {project}.",
    "Write a short note on the lessons from {project}.",
    "Update own competence profile before the next conversation.",
    "Make a plan for {deliverable}.",
)
ACTIONS_LEADER = (
    "Settle the priority between {project} and day-to-day work with the management team.",
    "Check the training budget for a course in {skill}.",
    "Set up a meeting with {stakeholder}.",
    "Ask {colleague} to be a mentor.",
    "Order a new screen and a standing desk.",
    "Raise the team's workload at the next staff meeting.",
)
SUPPORT = (
    "Needs help choosing between {project} and the running cases.",
    "Wants the role towards {stakeholder} clarified.",
    "Would like a mentor in {skill}.",
    "Needs more time for {deliverable}; would like something taken off the plate.",
    "Wants clearer feedback along the way, not only in these conversations.",
)
LEARNINGS = (
    "Learned that it pays to involve {stakeholder} early.",
    "Found that short check-ins with {colleague} save a lot of time.",
    "Got to use {skill} for real in {project}.",
    "Now understands how the budget process fits together.",
    "Works best with fixed focus blocks in the morning.",
)
MASTERY = (
    "Resolved a difficult appeal alone, and the applicant thanked them for the explanation.",
    "Presented {deliverable} to the management team and got good questions.",
    "Landed {project} on time after a hard final push.",
    "Helped {colleague} with a {skill} problem and felt it click.",
    "Chaired the meeting with {stakeholder} and brought everyone round to a solution.",
    "Automated a manual report and saved the team hours every week.",
)

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
SECTION_TITLES = {
    "since-last-time": "Since last time", "goals-and-plans": "Goals and plans",
    "learning": "Learning and development", "ahead": "The road ahead",
    "support": "Support and help", "other": "Anything else", "unit-goals": "The unit's goals",
    "own-goals": "Your own goals", "tasks-roles": "Tasks, responsibilities and roles",
    "agree-goals": "Agreeing the goals", "summary": "Summary", "looking-back": "Looking back",
    "goals-results": "Goals and results", "competence": "Competence in breadth and depth",
    "wellbeing": "Working environment and well-being", "now": "Where things stand",
    "work-goals": "Work goals", "development-goals": "Development goals",
}
