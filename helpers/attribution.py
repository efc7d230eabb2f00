"""Who said what, through which channel: the attribution rules.

:func:`find_attributions` reads an article sentence by sentence and fills the
report's ``attributions`` list (see ``report-contract.md``): for every attributed
statement, the speaker (pronouns, surnames and roles resolved to the full name
the article gave), the kind of source, the channel, whether the words are
quoted, and one plain sentence that explains which rule matched and which words
decided it. Sentences that only say someone did not comment are listed apart.

The rules are our own, written for this course, rather than a statistical quote
extractor: they run offline in about a millisecond on a news story, every
finding can be explained to a 15-year-old by the words that triggered it, and the
word lists live in plain text files in ``helpers/data/attribution/`` that a
teacher can read and extend (saying-verbs, channels, anonymous and vague
sources, spokespeople, institutions, documents, news outlets, titles, roles such
as "aides to" or "their label", and the uses of "said" that are not speech). Fixed phrases are not one large regular
expression, because CPython's regex engine tries every branch of a large
alternation at every character, which is many times slower: in an article, a set
look-up per word finds each phrase's anchor word, and the phrase is then checked
in place (see ``_Phrases.find_tagged``); in a
short string, a phrase is looked up by its longest word and found with
``str.find``. For the same reason sentences are cut into words at spaces first,
and only the pieces that are not plain words go through the token pattern (see
``_tokens``).

How an article is read:

1. Quotations are found per paragraph (curly and straight marks); a quotation
   may run over several sentences.
2. Cues outside quotations: saying-verbs ("said", "tweeted", "insisted"),
   "according to", "citing", statements reported as nouns ("Putin's denial
   that"), and vague phrases ("it is widely believed"). Uses that are not
   speech ("said to be", "so-called", "was told to leave") are left alone.
3. The speaker is the noun phrase before the verb ("the White House said"), or
   after it when the verb follows a quotation or a comma ("..., tweeted Trump");
   ", saying" and "... and said" take the subject of the sentence.
4. A source named inside what someone else said is part of that statement
   ("the study shows a link, Lind added" is Lind's), and one speaker gives one
   entry per sentence.
5. The speaker is classified and resolved to a full name; the channel comes from
   the sentence ("tweeted", "in a statement", "told reporters", "told the BBC"),
   else from the same speaker in the same paragraph, the statement it goes on
   reporting, or the same quoted words elsewhere in the article.
6. A quoted sentence with no cue of its own continues the quotation before it.

>>> attrs, no_comment = find_attributions_in("Critics say the plan may fail. The mayor declined to comment.")
>>> [(a["speaker"], a["source_type"], a["cue"]) for a in attrs]
[('critics', 'vague', 'say')]
>>> no_comment
[1]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import compress, count
from pathlib import Path

from .pronounce import in_dictionary
from .sentences import quote_marks

__all__ = ["find_attributions", "find_attributions_in", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parent / "data" / "attribution"


def _role_list(section: str, keep_case: bool = False) -> frozenset[str]:
    """One ``[section]`` of ``roles.txt``: roles and kinds of things that decide who a
    speaker is (read once, when the module loads: the file is a few hundred bytes)."""
    return frozenset(w if keep_case else w.lower() for w in _ROLE_SECTIONS[section])


def _read_roles() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in (DATA_DIR / "roles.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


_ROLE_SECTIONS = _read_roles()

# "the sophomore", "the Democrat": {label: "he", "she" or "one" (either)}
_LABELS = {
    w.partition("|")[0].strip().lower(): (w.partition("|")[2].strip() or "one")
    for w in _ROLE_SECTIONS["labels for the person named before"]
}
# the labels written in small letters ("champion"): in capitals they are part of a name
# ("The Ballinmore Champion revealed")
_SMALL_LABELS = frozenset(
    w.partition("|")[0].strip()
    for w in _ROLE_SECTIONS["labels for the person named before"]
    if w[:1].islower()
)

# ---------------------------------------------------------------------------
# Grammar words. They describe English itself rather than sourcing, so they stay
# in the code; every list about sources lives in the data files.
# ---------------------------------------------------------------------------
_DETS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "some",
        "many",
        "several",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "one",
        "another",
        "other",
        "both",
        "each",
        "every",
        "most",
        "few",
        "no",
        "any",
        "all",
    ]
)
_BODY_OPINION = frozenset(["believe", "think", "fear", "suspect"])  # "police believe ..."
_OFFICIAL_HEADS = frozenset(
    ["officials", "official", "investigators", "detectives", "prosecutors", "officers"]
)
_NOT_CLAUSE = frozenset(["so", "him", "her", "them", "me", "us", "you", "otherwise", "not"])
_DISMISSED = frozenset(
    [
        "claim",
        "claims",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "report",
        "reports",
        "criticism",
        "suggestion",
        "suggestions",
        "rumour",
        "rumours",
        "rumor",
        "rumors",
        "charge",
        "charges",
        "idea",
        "concerns",
        "fears",
        "warning",
        "warnings",
    ]
)  # what one dismisses in words ("dismissed the claims")
# "..., a figure the ministry disputes": nouns that take a reply only after a comma
# ("The figure skater said" and "The account manager said" are people)
_REPLY_NOUNS = frozenset(
    ["figure", "number", "estimate", "account", "version", "description", "decision"]
    + ["move", "step", "measure", "policy"]  # "..., a move unions said would hurt families"
    # "..., a process critics say was rushed", "a plan residents say will ruin the view"
    + ["process", "plan", "deal", "change", "scheme", "project", "ban", "rule", "law"]
    + ["ruling", "verdict", "judgment"]  # "in a ruling campaigners say could encourage ..."
)
_REPLY_BEFORE = re.compile(
    r",\s+(?:a|an|the)\s+(?:" + "|".join(sorted(_DISMISSED | _REPLY_NOUNS)) + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # "..., a charge [the firm] denies": an answer to the claim, not part of it
_VAGUE_QUANT = frozenset(["many", "some", "most", "several"])  # "many residents say": vague
_NEXT_OF_KIND = frozenset(
    ["later", "second", "third", "further", "new", "subsequent", "follow-up", "latest", "fresh"]
)  # "a later post", "a second statement": another one from the same source
# things that move or happen but never speak ("shares rose, suggesting ...")
_NOT_SPEAKERS = _role_list("never speak")
# what a study or an investigation does, at the end of the sentence it sums up
_FINDING = frozenset(["find", "show", "conclude", "suggest", "indicate", "reveal"])
# a text referred back to ("wrote in the post", "in his statement")
_BACK_TO_TEXT = re.compile(
    r"\b(?:the|his|her|their|that) (?:post|statement|video|message|tweet|letter|e-mail|email|memo)\b"
)
# what a business is to someone, set beside its name ("their label, Kitewire Records")
_ORG_ROLES = _role_list("business roles")
_FIGURE_START = frozenset("0123456789£$€¥")
_ABOUT = frozenset(["about", "around", "roughly", "nearly", "almost", "just", "over", "under"])
_NOBODY = frozenset(["nobody", "no", "none", "neither", "nor"])
_NOW_WORDS = frozenset(
    ["yesterday", "today", "tonight", "now", "then", "meanwhile", "later", "earlier"]
    + ["afterwards", "previously", "separately", "subsequently", "eventually", "finally"]
)
# too many to be anyone in particular ("Hundreds of commenters", "Plenty of teachers")
_CROWD_COUNTS = frozenset(["dozens", "hundreds", "thousands", "millions", "scores", "plenty"])
_QUANT_OK = frozenset(
    ["that", "many", "some", "most", "few", "both", "all", "one", "another", "other", "several"]
)  # may stand alone as a subject
_PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it", "i": "i", "we": "we"}
_OBJ_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_AGE_ONLY = re.compile(r"\d{1,3}")  # the words set beside a description: only an age
_AFFILIATION = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]")
# "on Radio Solvig"; the pattern starts with its literal so that a search skips ahead fast,
# and the word boundary before "on" is checked by the caller
_ON_NAME = re.compile(r"on ((?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)")
# words for firms that also end like a person's job ("the insurer said it ...")
_FIRM_JOBS = frozenset(
    ["insurer", "lender", "carrier", "broadcaster", "retailer", "developer", "publisher"]
    + ["regulator", "manufacturer", "contractor", "supplier", "provider", "distributor"]
    + ["exporter", "importer", "processor", "advertiser", "automaker", "carmaker", "chipmaker"]
    + ["drugmaker", "steelmaker", "housebuilder", "landlord", "employer"]
)
# words before a job that keep it a description of the same person ("the retired nurse")
_JOB_ADJECTIVES = frozenset(["retired", "former", "young", "veteran", "trainee", "local", "senior"])
# people most stories have a place for, who are someone other than the person just quoted
# ("... said Tom Hale. The driver said", "The judge said", "The owner said")
_SETTING_PEOPLE = frozenset(
    [
        "man",
        "woman",
        "boy",
        "girl",
        "mother",
        "father",
        "son",
        "daughter",
        "driver",
        "owner",
        "victim",
        "suspect",
        "judge",
        "prosecutor",
        "coroner",
        "referee",
        "umpire",
        "officer",
        "lawyer",
        "doctor",
        "manager",
        "coach",
        "player",
        "teacher",
        "student",
        "passenger",
        "landlord",
        "tenant",
        "employer",
        "caller",
        "reader",
        "interviewer",
        "reporter",
    ]
)
# an aside that says what a body is: ", the only company licensed ...", ", which became the
# country's biggest mortgage bank ..."
_WHAT_IT_IS = re.compile(
    r",\s+(?:which\s+(?:is|was|became|has\s+become|remains)\s+)?(?:the|a|an|one\s+of\s+the)\s+[^,;]*,?\s*$"
)
# "Speaking on Morning Brew", "Appearing on The Late Hour": a programme the words were given on
_ON_A_SHOW = re.compile(
    r"(?:Speaking|Appearing|Talking) on (?:the )?"
    r"([A-Z][\w’'+-]+(?: (?:the |of the |of |and )?[A-Z][\w’'+-]+)*)"
)
# the words before whom someone spoke to ("spoke to Marquee Weekly")
_SPOKEN_TO_BEFORE = re.compile(
    r"\b(?:spoke|talked|speaking|talking|told|telling) (?:to|with) (?:the )?$"
)
# words before "lobbying claims", "bribery reports": what is faced or fought over (not "the
# head of research says", "a man with dementia says")
_BEFORE_CLAIMS = frozenset(
    ["over", "amid", "amidst", "despite", "against", "face", "faces", "facing"]
)
# what may stand between a person's name and a colon before their quoted words
# what may stand between a person's name and a colon before their own quoted words
_COLON_OWN_WORDS = re.compile(
    r"(?:['’]s )?(?:response|verdict|reply|answer|message|reaction|assessment|view|comment|warning"
    r"|summary)(?: \w+){0,3} (?:was|is) [\w -]{1,30}"
    r"|(?:also |later |then )?(?:had|has) (?:a|one|just one|a simple|a clear|a blunt|a stark"
    r"|a stern|a short|a final)(?: \w+)? (?:message|warning|word|answer|reply|verdict|plea)"
    r"(?: for [\w ]{1,30})?"
    r"|(?:also |later |then )?(?:put it|summed it up|summed up the mood(?: [\w ]{1,30})?"
    r"|kept it short|went further|added|replied|struck a [\w-]+ note|was asked why"
    r"|(?:did not|didn't) mince (?:his|her|their|its) words"
    r"|(?:did not|didn't|does not|doesn't) (?:hesitate|hold back))"
)
# words after "was" that say what happened to someone, not how they spoke
_NOT_OWN_WORDS = frozenset(
    ["with", "from", "by", "for", "on", "at", "charged", "accused", "convicted", "found", "told"]
    + ["asked", "given", "handed", "sent", "shown", "named", "elected", "appointed", "born"]
)
# a colon, then a quotation to the end of the sentence ('Hollis didn't hesitate: "He's ...')
_COLON_QUOTE = re.compile(r":\s+[“\"‘'](?=[A-Z])")
# verbs after "Some", "Many" that leave it standing alone ("Some go further, arguing")
_GO_FURTHER = frozenset(["go", "went", "goes", "have", "had", "are", "were", "will", "would"])
# the people an audience is counted in ("told 600 people", "told about 200 supporters")
_AUDIENCES = frozenset(
    ["people", "supporters", "students", "voters", "residents", "delegates", "members"]
    + ["workers", "staff", "fans", "guests", "activists", "protesters", "parents", "farmers"]
)
# groups a sentence may act on, who may then be the "They" of the next ("Volunteers handed out
# food to hundreds of refugees. They said ...")
_ACTED_ON = frozenset(
    ["people", "men", "women", "children", "refugees", "families", "migrants", "pupils"]
    + ["students", "voters", "drivers", "victims", "survivors", "adults", "teenagers"]
    + ["customers", "passengers", "patients", "tenants", "homeowners", "fans", "parents"]
)
# roles before a name that make the person no competitor ("Team boss Jo Reed")
_ROLE_BEFORE_RIVAL = frozenset(
    ["boss", "chief", "principal", "head", "owner", "chairman", "manager", "referee", "coach"]
    + ["trainer", "agent", "umpire", "official", "team", "teammate", "promoter", "director"]
)
# words that make a capitalised run a place, not a person ("Mont Ventoux", "Bondi Beach")
_PLACE_FIRST_WORDS = frozenset(["Mount", "Mont", "Mt", "Lake", "Cape", "Port", "Fort", "Glen"])
_PLACE_LAST_WORDS = frozenset(
    ["Beach", "Hill", "Hills", "Mountain", "Mountains", "Island", "Islands", "Bay", "River"]
    + ["Valley", "Coast", "Forest", "Heath", "Common", "Moor", "Fell", "Pass", "Peninsula"]
)
# the last word of a place on the shore, a place only after a preposition ("the light on
# Skerrow Point"; "the café is run by Tavi Harbour" is a person)
_SHORE_LAST_WORDS = frozenset(["Point", "Cove", "Creek", "Harbour", "Harbor", "Reef", "Estuary"])
_SHORE_PREPS = frozenset(["on", "off", "at", "near", "from", "in", "around", "over"])
# the last or first word of a name that is a place, a day or a part of something, no programme
_NOT_PROGRAMME_ENDS = frozenset(
    ["Day", "Eve", "Sunday", "Night", "Hill", "Street", "Court", "Road", "Square", "Lane"]
    + ["Avenue", "Beach", "Bridge", "Park", "Island", "Bay", "Coast", "Valley", "River"]
    + ["Three", "Two", "One", "Four", "Five", "Week", "Weekend", "Floor", "Plan", "Plans"]
)
_NOT_PROGRAMME_STARTS = frozenset(["Behalf", "Mount", "Mont", "Lake", "Cape", "Day", "Wall"])
# the last word of a programme's name ("Question Time", "Morning Live")
_PROGRAMME_WORDS = frozenset(
    ["Show", "Programme", "Program", "Podcast", "Live", "Tonight", "Breakfast", "Hour", "Time"]
    + ["Newsnight", "Weekly", "Daily", "Report", "Talk"]
)
# words shortened with an apostrophe in front, which open no quotation
_ELISION = re.compile(r"(?:n|til|em|tis|twas|cause|cos|bout|ere|ow|s)\b|\d", re.IGNORECASE)
# the marks a quotation opens with
_OPENING_MARKS = frozenset("“\"‘'")
# a description set between commas right after a name (", the Ardsley coach,")
_ASIDE_AFTER_NAME = re.compile(r",\s+(?:the|a|an|his|her)\s+[^,.;]{1,40},")
# an aside that names whose statement it is ("The statement, issued by the union, said")
_SOURCE_BESIDE = re.compile(r"\b(?:by|through|behalf|from)\b")
# the last words of a firm's name that are never a surname ("Elsa Transport", "Anna Group")
_FIRM_ONLY_ENDINGS = frozenset(
    ["Inc", "Ltd", "Co", "PLC", "plc", "Corp", "Corporation", "Company", "LLC", "AG", "GmbH"]
    + ["SA", "Group", "Transport", "Energy", "Pharma", "Media", "Capital", "Finance", "Retail"]
)
# a newsroom speaking about itself ("said it was aware of the post", "said it would publish
# a correction"), not reporting ("said it had obtained documents", "said it was the mayor")
_ITSELF = re.compile(
    r"\s*it (?:regretted|regrets|would (?:not )?(?:publish|correct|remove|appeal|name|withdraw|review|update|issue"
    r"|investigate|apologi[sz]e|be publishing|be reviewing)"
    r"|(?:stood|stands|stand|would stand) by"
    r"|(?:was|is|had been|has been) (?:aware|reviewing|investigating|withdrawing|looking into|sorry"
    r"|committed|disappointed|proud|working|cooperating|co-operating|saddened|shocked|confident)"
    r"|(?:will|would) continue"
    r"|would (?:not )?(?:air|broadcast|screen|show|run)"
    r"|had not intended"
    r"|(?:was|is) (?:not )?[\"“]?(?:aware|disappointed)"
    r"|(?:had|has) not been (?:given|told|informed|notified|contacted|consulted)"
    r"|(?:had|has) (?:apologi[sz]ed|removed|deleted|corrected|withdrawn|suspended|updated|amended"
    r"|taken down|launched|hired|appointed|pulled|dropped|cancelled|canceled))\b"
)
_AIRS = re.compile(
    r", which (?:airs|aired|broadcasts|screens|screened|shows|produces|produced"
    r"|commissioned|commissions|owns|runs) "
)
# a lede's unnamed person who is meant to stay unnamed ("A source close to the talks said")
_UNNAMED_ON_PURPOSE_HEADS = frozenset(
    ["source", "official", "person", "insider", "aide", "diplomat", "analyst"]
)
# verbs of a plea, not of a witness's account ("Kyle Dunn, 23, denies robbery")
_PLEAS = frozenset(["deny", "admit", "plead"])
_ALSO = re.compile(r"\b(?:also|too|another|other)\b")
# what the story says of someone other than the lede's witness: charged, dead or hurt
_NOT_THE_SPEAKER = re.compile(
    r"\b(?:denies|denied|admits|admitted|charged|faces|died|dies|killed|dead|hospital|struck"
    r"|convicted|arrested|jailed|sentenced|pleaded|injured|hurt|missing|accused|also|appear"
    r"|appeared|remanded|bailed|lost)\b"
)
# the opening of a paragraph that introduces a person the lede described: "Margaret Bell,
# 71, who ...", "Special Agent Linda Castellanos of the U.S. Fish and Wildlife Service"
_INTRODUCED = re.compile(
    r"(?P<role>(?:[A-Z][a-z]+\.? ){0,2})?(?P<name>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2})"
    r"(?:(?P<age>, \d{1,3},)|(?P<of> of the [A-Z]))"
)
_WORD_OR_MARK = re.compile(r"[\w’'-]+|[^\w\s]")
# what follows "online" when it says where someone spoke ("complained online that ...",
# not "said online shopping was to blame")
_AFTER_ONLINE = frozenset(
    ["that", ",", ".", ":", "about", "on", "after", "before", "in", "against", "at", "over"]
    + ["when", "to", "this", "last", "yesterday", "today", "but", "—"]
)
# "it tells you everything", "that tells us a lot": what a fact shows, not words said
_TELLS_ALL = frozenset(["everything", "nothing", "something", "all", "much", "little", "plenty"])
# people who give accounts of what they saw ("Evacuees described chaotic scenes")
_CROWD_ACCOUNTS = frozenset(
    ["evacuees", "survivors", "staff", "residents", "customers", "passengers", "witnesses"]
    + ["patients", "workers", "neighbours", "neighbors", "locals", "villagers", "fans"]
    + ["crews", "families", "parents", "officers", "firefighters", "rescuers", "doctors"]
)
# counts before "of them" in an aside ("Residents, many of them elderly, said")
_OF_THEM = frozenset(["many", "most", "some", "all", "several", "half", "both", "few"])
# a relation and its name just before another name: one item of a list ("his wife, Mary
# Hale, his daughter, Amy")
_LISTED_RELATION = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir) [\w-]+, $")
# "but is understood to", "but was believed to have": hearsay, not more of the silence's words
_HEARSAY_AFTER_BUT = re.compile(
    r"\w+ (?:\w+ )?(?:understood|thought|believed|said|expected|known|reported|rumoured) to\b"
)
# what people describe when they give an account ("described chaotic scenes")
_ACCOUNTS = frozenset(
    ["scene", "scenes", "ordeal", "ordeals", "chaos", "panic", "night", "nights", "moment"]
    + ["moments", "experience", "experiences", "conditions", "atmosphere", "mood"]
    # a stretch of time lived through ("described a frantic two weeks", "a chaotic day")
    + ["day", "days", "week", "weeks", "hours", "months"]
)
# numbers that end a broadcaster's name ("Channel One"), beside _SMALL_COUNTS
_CHANNEL_NUMBERS = frozenset(["one", "eleven", "twelve", "thirteen", "fourteen", "fifteen"])
# people a headline names by what they are, with no article ("Neighbour says ...")
_HEADLINE_PEOPLE = frozenset(
    ["neighbour", "neighbor", "pensioner", "widow", "patient", "passenger", "parent"]
    + ["grandmother", "grandfather", "resident", "witness", "victim", "mum", "mom", "dad"]
)
# nouns after "the 51-year-old" that still describe the person just named ("former
# judge", "striker"); "the 150-year-old company" is not a person
_PERSON_NOUNS = frozenset(
    [
        "man",
        "woman",
        "boy",
        "girl",
        "mother",
        "father",
        "son",
        "daughter",
        "player",
        "striker",
        "defender",
        "goalkeeper",
        "midfielder",
        "singer",
        "actor",
        "actress",
        "author",
        "novelist",
        "writer",
        "teacher",
        "farmer",
        "driver",
        "student",
        "nurse",
        "doctor",
        "lawyer",
        "judge",
        "pensioner",
        "veteran",
        "candidate",
        "coach",
        "manager",
    ]
)
# what a person is, written before their name like a title ("Resident Doreen Fitch")
_BEFORE_A_NAME = _PERSON_NOUNS | _role_list("before a name")
# the last word of a street's or a square's name ("Brennock Street"), never a surname
_STREET_WORDS = _role_list("street words")
_TRADES_IN_NAMES = _role_list("trades in a group's name")
_SPANS = frozenset(["hours", "minutes", "days", "weeks", "months", "years", "moments"])
_SPEAKING = frozenset(
    ["speaking", "talking", "telling", "spoke", "talked", "interviewed", "confirmed"]
    + ["explained", "revealed", "confided"]
)
_OTHER_OFFICE = frozenset(
    ["prime", "vice", "deputy", "lt.", "lt", "lieutenant"]
)  # "Vice President X" is not "the president"
# what may follow a news outlet's name after "told" ("told Northline that"), and a time,
# only after a newsroom's or a programme's word ("Speaking to Coastline FM earlier"; not "The
# union told Velmora this week": a time more often follows a body or a person told)
_AFTER_TOLD_NAME = frozenset(["that", ",", ".", "on"])
_TIME_AFTER_NAME = frozenset(["earlier", "later", "last", "this", "yesterday", "today"])
# what may follow "told NAME" for NAME to be a newsroom ("told Ledgerline she would stop"),
# when the article shows NAME as a newsroom elsewhere (_newsroom_context)
_AFTER_TOLD_BARE_NAME = _AFTER_TOLD_NAME | {"he", "she", "they", "the", ":", "her", "his"}
# how a newsroom reached them, after its name ("told NCN over phone", "told the Flare by
# telephone"; not "told the Hendersons over the fence")
_BY_PHONE_WORDS = re.compile(r"(?:over|by|via) (?:the )?(?:tele)?phone\b")


@lru_cache(maxsize=256)
def _newsroom_context(name: str) -> re.Pattern:
    """Where an article shows NAME (a regular expression) as a newsroom."""
    return re.compile(
        rf"(?:seen|obtained|reviewed|contacted|asked) by {name}\b"
        rf"|{name}(?:’s|'s) (?:request|requests|questions|inquiries|queries)\b"
        rf"|\b{name} (?:could not|was unable to|has (?:seen|learned|contacted|asked)|understands)\b"
        rf"|\bwhich {name} has (?:reviewed|obtained|verified)\b"
        rf"|(?:Photo|Image|Picture|Video|Credit): [^\n]{{0,40}}\b{name}\b"
        rf"|/{name}\b|\b{name}/|\b{name} (?:reporter|correspondent)\b"
        rf"|© \d{{4}} {name}\b|(?:messages|calls|questions) from {name}\b"
    )


# what may follow "told the NAME" for NAME to be a newsroom ("told the Flare the problems ...")
# (or a colon, or the cue itself: "told The Flare: ...", "Four drivers who spoke to The Circuit
# said"; not "told Ofsted: ...", a body)
_AFTER_TOLD_THE_NAME = _AFTER_TOLD_NAME | {
    "the",
    "he",
    "she",
    "it",
    "they",
    "in",
    ":",
    "said",
    "says",
}
# words for a person just named, by their age or family ("The grandfather said", "the
# father-of-two said"), and the small counts that go with them
_EPITHETS = frozenset(
    [
        "grandfather",
        "grandmother",
        "grandad",
        "grandma",
        "granny",
        "teenager",
        "teen",
        "pensioner",
        "widow",
        "widower",
        "youngster",
        "schoolboy",
        "schoolgirl",
        "retiree",
        "father",
        "mother",
        "dad",
        "mum",
    ]
)
_PARENTS = frozenset(["father", "mother", "dad", "mum"])
_EPITHET_GENDER = {
    **dict.fromkeys(["grandfather", "grandad", "schoolboy", "widower", "father", "dad"], "he"),
    **dict.fromkeys(
        ["grandmother", "grandma", "granny", "schoolgirl", "widow", "mother", "mum"], "she"
    ),
}
# "Graham Tully, 74,": a name, then an age between commas
# ("Rose Marsh, a 67-year-old from Linden Cove,")
_NAME_WITH_AGE = re.compile(
    r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}), (?:(\d{1,3}),|an? (\d{1,3})-year-old\b)"
)
# the ages a word for a person fits ("the teenager" is 13 to 19); others: 16 and over
_EPITHET_AGES = {
    **dict.fromkeys(["teenager", "teen"], (13, 19)),
    **dict.fromkeys(["youngster", "schoolboy", "schoolgirl"], (5, 18)),
    **dict.fromkeys(["pensioner", "retiree"], (60, 120)),
    **dict.fromkeys(["grandfather", "grandmother", "grandad", "grandma", "granny"], (40, 120)),
    **dict.fromkeys(["widow", "widower"], (25, 120)),
}
# a sentence whose subject is "he" or "she", after an opening phrase at most
_OPENING_PRONOUN = re.compile(r"(?:[^,.;:“”\"]{1,80}, )?([Hh]e|[Ss]he)\b")
# an American politician's party and state: "R-Ohio", "D-Calif."
# a party after a politician's name: "(R-S.C.)" (its full stops may be tokens of their own),
# and a British or Irish councillor's "(Ind)", "(Lab)", "(FF)"
_PARTY_TAG = re.compile(
    r"[DRI]-[A-Z][A-Za-z.]*|Ind|Lab|Con|LD|SNP|FF|FG|SF|Grn|PC|DUP|SDLP|UUP|Alliance"
)
# words for people a report may cite ("citing a family friend", "citing those close to her")
_PEOPLE_WORDS = _role_list("people cited")
# channel nouns that inside a speaker's description say where they are, not how they spoke
_DESCRIBING_NOUNS = frozenset(["post", "ruling", "study", "report", "court", "summit", "meeting"])
# "rejected her nomination as “envoy”": a post, not a word the speaker chose
_NOT_REJECTED_AS = frozenset(["nomination", "appointment", "description", "candidacy", "selection"])
_TIME_PREPS = frozenset(["in", "on", "since", "by", "until", "during", "from", "after", "before"])
# words that open a phrase of time or place before a subject ("Within an hour of the final
# whistle the winger posted")
_OPENING_PREPS = _TIME_PREPS | frozenset(["within", "after", "before", "throughout", "across"])
_SMALL_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
_AGE = re.compile(r"\d{1,3}-year-old")  # "the 29-year-old": news style for a person named before
_POSS_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# a newspaper's name often starts with when it comes out ("the Sunday Blaze", "the Daily Tern")
_PAPER_FIRST_WORDS = frozenset(["Sunday", "Daily", "Weekly"])
# bodies whose findings are statements even without "that" ("the tribunal found it had ...")
_RULING_BODIES = _role_list("ruling bodies")
# the words of a phrase after a reporting clause that say when or how ("..., she added in a post")
_WHEN_OR_HOW = frozenset(
    [
        "post",
        "posts",
        "statement",
        "interview",
        "e-mail",
        "email",
        "letter",
        "tweet",
        "video",
        "message",
        "briefing",
        "conference",
        "speech",
        "blog",
        "newsletter",
        "release",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "later",
        "earlier",
        "today",
        "yesterday",
        "night",
        "morning",
        "evening",
        "afternoon",
        "week",
        "weekend",
    ]
)
# a spouse by the possessive of the one who spoke before ("Her husband added"), with the
# sex the word tells (a partner may be either)
_SPOUSES = {"husband": "he", "wife": "she", "partner": None}
# a given name and "and" before another person's name ("Catriona and Iain MacPhail")
_PARTNER_AND = re.compile(r"\b([A-Z][a-z’'-]+) and ")
# "who gave her name only as Maureen": a person named by a first name they chose to give
_NAME_GIVEN_AS = re.compile(
    r"\bg(?:ive|ives|ave|iving)\s+(?:his|her|their|only\s+(?:his|her|their))\s+"
    r"(?:(?:first\s+)?names?|surname|family\s+name|last\s+name)(?:\s+only)?(?:\s+as\s+|,\s+)"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)  # "who gave her name only as Maureen", "who gave only his first name, Mikel", "his surname, Ho"
# a name someone signed a post or letter with ("Another, who signed himself Ciarán Breen,")
_NAME_SIGNED = re.compile(
    r"\bsign(?:s|ed)\s+(?:himself|herself|themselves)\s+(?:as\s+)?"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
# "spoke to the Marlow Post", "sat down with Radio Tarnby", "talked to reporters"
# The verb's first letter comes before the look-back for a word boundary (as in
# _NAME_RUN below), so that a search skips quickly from one "s" or "t" to the next.
_SPOKE_TO = re.compile(
    r"(?:s(?<![\w].)(?:poke|at down|peaking)|t(?<![\w].)(?:alked|alking))\s+(?:to|with)\s+"
    r"((?:[Tt]he\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}|[a-z]+)"
)
# "the court heard", "the inquiry was told": words said aloud at a hearing
_HEARINGS = _role_list("hearings")
# people who speak for someone ("lawyers for the officers", "aides to the minister")
_WORKING_FOR = _role_list("working for")
# after "posted a video ...": the words that show what the post said
_WORDS_FOLLOW = frozenset(
    [
        "saying",
        "calling",
        "accusing",
        "claiming",
        "urging",
        "writing",
        "telling",
        "warning",
        "insisting",
        "denying",
        "asking",
        "describing",
        "captioned",
        "caption",
        "apologising",
        "apologizing",
        "mocking",
        "thanking",
        "criticising",
        "criticizing",
        "defending",
        "announcing",
        "explaining",
        "vowing",
        "promising",
        "blaming",
        "praising",
        "begging",
        "pleading",
        "joking",
        "replying",
        "responding",
        "admitting",
        "revealing",
    ]
)
# "posted a message that ...": posts whose "that" gives their words (not "a video that has
# since been deleted")
_POST_NOUNS = _role_list("post nouns")
# last words of names too general to stand for one name ("the union", "the city")
_NOT_SHORT_FOR_A_NAME = _role_list("too general for a name")
# what may follow "Speaking at the": a time, not an occasion ("Speaking at the weekend")
_TIME_AFTER_AT = frozenset(
    ["weekend", "time", "end", "start", "moment", "beginning", "close", "height", "same", "age"]
)
# houses of parliament and palaces: telling them is no interview
_CHAMBERS = _role_list("chambers", keep_case=True)
# a capitalised word ("Zoo", "Lotte", "Residents"), for the one index of them per article
_CAP_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
# a counted group named after a group spoke: "one" may be one of them instead
_COUNTED_PEOPLE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:\w+\s+)?"
    r"(?:men|women|people|children|officers|workers|students|[a-z]+ers|[a-z]+ists)\b"
)
# plurals in -men that name anyone of a trade, a crowd after "several" or "some" (not
# "policemen", "chairmen": people inside a body the reporter spoke to)
_CROWD_MEN = frozenset(
    ["men", "women", "fishermen", "businessmen", "businesswomen", "tradesmen", "craftsmen"]
    + ["workmen"]
)
# plurals in -men ("fishermen in the village say"); not "Yemen", "Bremen" or "Carmen"
_MEN_PLURALS = frozenset(
    [
        "men",
        "women",
        "fishermen",
        "businessmen",
        "businesswomen",
        "firemen",
        "policemen",
        "policewomen",
        "servicemen",
        "tradesmen",
        "craftsmen",
        "workmen",
        "chairmen",
        "gunmen",
        "congressmen",
        "countrymen",
        "seamen",
        "statesmen",
        "sportsmen",
        "sportswomen",
        "linesmen",
        "clergymen",
        "laymen",
        "horsemen",
        "frontiersmen",
        "noblemen",
        "journeymen",
    ]
)
# "with many saying ...": who may stand between "with" and the saying-verb
_VAGUE_WITH = frozenset(["many", "some", "others", "most", "critics", "fans", "users"])
# words before "figures" that make them people ("two senior party figures told ...")
_PEOPLE_FIGURES = _role_list("people figures")
# ... and words before "figures" that make them people only with a person's verb
_SOMETIMES_PEOPLE_FIGURES = frozenset(
    ["industry", "community", "business", "public", "religious", "church", "sporting", "union"]
)
_PERSON_ONLY_VERBS = frozenset(
    ["argue", "argued", "argues", "insist", "insisted", "insists"]
    + ["complain", "complained", "complains", "fear", "feared", "fears", "believe", "believes"]
    + ["told", "tell", "claim", "claimed", "claims", "admit", "admitted", "admits"]
)
# "It shows", "They suggest": what only a text does, so "it" is the last text named
_TEXT_VERBS = frozenset(["shows", "show", "showed", "suggests", "suggest", "indicates", "indicate"])
# what a text does, said of "it" or "they" ("It warns that ...", "They found that ...")
_WHAT_TEXTS_DO = _TEXT_VERBS | frozenset(
    ["warns", "warned", "found", "finds", "concludes", "concluded", "blames", "blamed", "puts"]
    + ["put", "recommends", "recommended", "estimates", "estimated", "notes", "noted"]
)
# where the words naming a text stop, going back from its noun ("published | its annual survey")
_NOT_IN_NAME_OF_TEXT = frozenset(
    [
        "its",
        "their",
        "his",
        "her",
        "the",
        "a",
        "an",
        "this",
        "that",
        "of",
        "by",
        "in",
        "on",
        "and",
        "to",
    ]
)
_RELATIVES = frozenset({"who", "which", "that"})
# "the 63-year-old", "he", "she" opening a clause: a person just named, as the subject
_SUBJECT_REFERENCE = re.compile(r"(?:^|, )(the \d{1,3}-year-old|he|she)\b")
# words ending like a doer ("-er", "-or") that name things, not people
_NOT_PEOPLE = frozenset(
    [
        "river",
        "water",
        "centre",
        "center",
        "corner",
        "tower",
        "paper",
        "number",
        "border",
        "letter",
        "order",
        "power",
        "matter",
        "winter",
        "summer",
        "quarter",
        "computer",
        "container",
        "charter",
        "shelter",
        "cluster",
        "layer",
        "chamber",
        "after",
        "other",
        "never",
        "ever",
        "under",
        "over",
        "floor",
        "door",
        "sector",
        "motor",
        "factor",
        "corridor",
        "mirror",
        "error",
        "harbor",
        "harbour",
        "color",
        "colour",
        "colder",
        "bigger",
        "older",
        "larger",
        "smaller",
    ]
)
_BUSINESS = frozenset({"company", "firm"})  # what any business may be called
# words that describe a body as a business ("Lendrail, the state-owned operator,")
_BUSINESS_KINDS = frozenset(
    {
        "operator",
        "service",
        "retailer",
        "maker",
        "manufacturer",
        "carrier",
        "chain",
        "supplier",
        "airline",
        "start-up",
        "startup",
        "business",
        "insurer",
        "lender",
        "producer",
        "builder",
        "contractor",
        "grocer",
        "supermarket",
        "utility",
    }
)
# people known only by their posts ("Some netizens questioned"; a "user" may be a bank's)
_ONLINE_PEOPLE = frozenset(["netizen", "netizens", "commenter", "commenters"])
# what a show's or a team's person is called ("Sunset Villa favourite", "Rovers ace")
_FAME_WORDS = frozenset(
    ["favourite", "favorite", "star", "legend", "icon", "ace", "hopeful", "contestant"]
)
# after a name: one job word in lower case, then a first name ("Sunset Villa favourite Keeley")
_JOB_THEN_NAME = re.compile(r" ([a-z][\w-]*) ([A-Z][\w’'-]*)( [A-Z][\w’'-]*\b)?")
# "in an update on Instagram", "on its Facebook page": a post, not a body's own text
_ON_A_PLATFORM = frozenset(
    ["instagram", "x", "facebook", "tiktok", "twitter", "threads", "bluesky", "page", "account"]
)
# an update that is a program's, not a body's written word
_SOFTWARE = frozenset(["software", "security", "firmware", "system", "app", "faulty"])
# a hearing the article reports ("told the court", "the jury heard", "magistrates heard")
_COURT_HEARING = re.compile(
    r"\b(?:told|addressed|assured) (?:the )?(?:court|jury|jurors|magistrates|bench)\b"
    r"|\b(?:[Cc]ourt|jury|[Mm]agistrates|tribunal|inquest) (?:heard|was told)\b"
    r"|(?:^|\n)(?:Prosecuting|Defending|Mitigating)(?: for [^,]{1,40})?, "
    r"|\bin mitigation\b"
    r"|\bat [A-Z][\w’' -]{0,30}(?:Crown|Magistrates['’]|Sheriff|Youth) Court\b"
)
# one of these is in every text _COURT_HEARING finds
_COURT_WORDS = frozenset(
    ["court", "jury", "jurors", "magistrates", "bench", "tribunal", "inquest", "mitigation"]
    + ["prosecuting", "defending", "mitigating"]
)
# the court's own voices, named as the speaker ("Judge Martin Ross", "Chair of the bench")
_COURT_ROLES = frozenset(["judge", "magistrate", "magistrates", "recorder", "bench"])
# a judge or a magistrate of something else ("talent show judge", "a retired magistrate")
_NOT_THE_COURTS = frozenset(["show", "former", "retired", "ex", "competition", "contest"])
# words that put the speaker outside the hearing
_AWAY_FROM_COURT = frozenset(
    ["outside", "statement", "spokesman", "spokeswoman", "spokesperson", "familiar", "after"]
    + ["interview", "call", "email", "website", "post", "posted", "tweeted"]
)
# what a crowd does online after posts were mentioned ("Several parents wrote", "Some
# parents have complained")
_WRITING_OR_COMPLAINING = frozenset(["write", "post", "comment", "reply", "complain"])
# texts a body or a person sends out and speaks through when named as theirs ("Mrs Redfern's
# letter says", "the agency's bulletin said"); a report, a study or a filing is a document
_SENT_TEXTS = frozenset(
    ["letter", "bulletin", "notice", "memo", "e-mail", "email", "newsletter", "circular"]
)
# "in a notice posted to its website said": how a text reached the reader, after its noun
_TEXT_PARTICIPLES = frozenset(["posted", "published", "issued", "released", "sent", "put"])
# "Basketly, the grocery delivery app used by ...,": a name, then what kind of firm it is
# (the words up to the next comma; the kind is the head noun, at most six words in)
_FIRM_BESIDE = re.compile(r", (?:the|a|an) ([^,.;:]{1,100})")
# words that end the head of "the grocery delivery app used by ...", "the chief executive of"
_AFTER_FIRM_HEAD = frozenset(
    ["of", "who", "whose", "which", "that", "where", "in", "at", "for", "with", "from", "by"]
    + ["on", "to", "since", "after", "under", "behind"]
)
# trades a firm is called by after its home ("the Tadbury-based brewer"), besides the kinds
# of business above ("company" and "firm" need no home: _BUSINESS)
_TRADES = _BUSINESS_KINDS | frozenset(
    ["brewer", "group", "bank", "miner", "studio", "chipmaker", "carmaker", "automaker"]
    + ["developer", "publisher", "distiller", "bakery", "haulier"]
)
_FIRM_WORDS = _TRADES | _BUSINESS | frozenset(["app", "platform", "giant", "conglomerate"])
_SEEING = frozenset({"see", "view"})  # opinion verbs that also mean seeing: need "as" or "that"
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am"])
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "should",
        "shall",
        "must",
        "did",
        "does",
        "do",
    ]
)
_STOP = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "while",
        "whilst",
        "after",
        "before",
        "as",
        "because",
        "if",
        "and",
        "but",
        "or",
        "nor",
        "so",
        "than",
        "since",
        "although",
        "though",
        "until",
        "unless",
        "whether",
        "once",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "not",
        "to",
        "there",
        "here",
        "then",
        "also",
        "said",
        "told",
        "says",
        "tells",
        "wrote",
    ]
)
_PREPS = frozenset(
    [
        "of",
        "for",
        "at",
        "in",
        "with",
        "from",
        "on",
        "against",
        "close",
        "familiar",
        "by",
        "within",
        "inside",
        "near",
        "under",
        "among",
        "across",
        "over",
        "behind",
        "about",
    ]
)
# Words after which a saying-verb's form can only be a noun: a preposition's object or
# what someone faces ("against claims of plagiarism", "faces claims from 300 workers")
_BEFORE_A_NOUN = frozenset(
    [
        "against",
        "amid",
        "amidst",
        "despite",
        "over",
        "about",
        "of",
        "from",
        "among",
        "with",
        "by",
        "under",
        "face",
        "faces",
        "faced",
        "facing",
    ]
)
# two-word asides between a subject and its verb ("Smith, of course, said")
_DISCOURSE_PAIRS = frozenset(
    [
        ("of", "course"),
        ("in", "fact"),
        ("in", "turn"),
        ("at", "least"),
        ("for", "now"),
        ("for", "example"),
        ("for", "instance"),
        ("by", "contrast"),
        ("in", "contrast"),
        ("in", "particular"),
    ]
)
_SKIP = frozenset(
    [
        # where the speakers are, after them ("Volcanologists elsewhere say")
        "elsewhere",
        "abroad",
        "overseas",
        "nearby",
        "alike",
        "also",
        "later",
        "earlier",
        "previously",
        "repeatedly",
        "initially",
        "recently",
        "again",
        "then",
        "once",
        "often",
        "first",
        "finally",
        "separately",
        "still",
        "already",
        "even",
        "just",
        "only",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "shall",
        "must",
        "did",
        "does",
        "do",
        "not",
        "never",
        "always",
        "today",
        "yesterday",
        "tonight",
        "now",
        "too",
        "further",
        "subsequently",
        "afterwards",
        "afterward",
        "immediately",
        "soon",
        "quickly",
        "swiftly",
        "publicly",
        "privately",
        "openly",
        "reportedly",
        "allegedly",
        "himself",
        "herself",
        "themselves",
        "itself",
        "since",
        "long",
    ]
)
_LY_NOUNS = frozenset(
    [
        "family",
        "ally",
        "assembly",
        "rally",
        "supply",
        "anomaly",
        "monopoly",
        "bully",
        "tally",
        "daily",
    ]
)
_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_WHEN_WORDS = _WEEKDAYS | _MONTHS  # "on Monday", "on May 3": a date, not a station
# a time phrase between a participle and its "by": "first revealed last month by"
_WHEN_BETWEEN = _WEEKDAYS | frozenset(
    ["on", "last", "this", "earlier", "month", "week", "year", "weekend", "in"]
)
_TIME_NOUNS = (
    frozenset(
        [
            "morning",
            "afternoon",
            "evening",
            "night",
            "week",
            "weekend",
            "month",
            "year",
            "day",
            "today",
            "yesterday",
            "tonight",
        ]
    )
    | _WEEKDAYS
)
_TIME_LEAD = frozenset(["on", "last", "this", "late", "early", "next", "that", "earlier", "later"])
_NAME_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "earlier",
        "later",
        "but",
        "and",
        "when",
        "after",
        "before",
        "meanwhile",
        "however",
        "last",
        "this",
        "next",
        "according",
        "news",
        "talks",
        "if",
        "as",
        "while",
        "during",
        "since",
        "following",
        "despite",
        "under",
        "with",
        "for",
        "from",
        "by",
        "of",
        "to",
        "our",
        "his",
        "her",
        "their",
        "its",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "photo",
        "file",
        "files",
        "former",  # "Former Harbury captain Leon Dray": not a person called "Former Harbury"
        "ex",
        "veteran",
        "then",
        # "Whether Travoxan is still on sale", "Although Marsh said": a clause's first word
        "whether",
        "another",  # "Another Carrick Point local, longboarder Neil Furneaux,"
        "although",
        "though",
        "because",
        "unless",
        "until",
        "once",
    ]
)
_APPOSITIVE_OPENERS = frozenset(
    [
        "who",
        "whose",
        "which",
        "where",  # "Many in the eastern wards, where she won easily, believe"
        "a",
        "an",
        "the",
        "one",
        "speaking",
        "citing",
        "writing",
        "according",
        "in",
        "at",
        "on",
        "during",
        "himself",
        "herself",
        "also",
        "both",
        "each",
        "former",
        "then",
        "now",
        "until",
        "seen",
        "shown",
        "written",
        "given",
        "taken",
        "known",
        "held",
        "sent",
        "built",
        "made",
        "led",
        "run",
        "told",
        "asked",
        # "“The case is weak,” Tom Hale, her lawyer, said", "Gary, my manager, told me"
        "my",
        "our",
        "his",
        "her",
        "their",
    ]
)
_OPENERS = frozenset(
    [
        "late",
        "early",
        "in",
        "on",
        "at",
        "earlier",
        "later",
        "after",
        "before",
        "during",
        "meanwhile",
        "however",
        "last",
        "this",
        "next",
        "according",
        "following",
        "despite",
        "under",
        "with",
        "for",
        "from",
        "by",
        "since",
        "when",
        "while",
        "as",
        "if",
        "but",
        "and",
        "also",
        "still",
        "yet",
        "outside",
        "inside",
        "near",
        "across",
        "amid",
        "among",
        "beyond",
        "behind",
        "unlike",
        "throughout",
        "around",
        "within",
        "against",
        "through",
        "until",
        "upon",
    ]
)
# the first word of an opening phrase of place or time ("Outside court, ...")
_PLACE_OPENERS = _PREPS | _OPENERS | frozenset(["outside"])
_DISCOURSE = frozenset(
    [
        "however",
        "though",
        "meanwhile",
        "too",
        "also",
        "nonetheless",
        "nevertheless",
        "instead",
        "moreover",
        "furthermore",
        "separately",
        "later",
        "earlier",
        "then",
    ]
)
_DOC_NO_THAT = frozenset(["suggest", "reveal", "show", "indicate", "state", "note"])
_CAN_CONTINUE = frozenset({"named_person", "spokesperson", "anonymous", "institution"})
_TO_ADJ = frozenset(
    ["close", "closer", "next", "due", "loyal", "linked", "near", "adjacent", "similar"]
    + ["closest", "nearest", "nearer"]  # "residents living closest to the site"
)
# people named by whom they serve or visit: "aides to the minister", "callers to the programme"
_TO_NOUNS = _WORKING_FOR | _role_list("serving")
# "a cable sent by the embassy", "a letter seen by the paper": the head ends before them
_IRREGULAR_PARTICIPLES = frozenset(
    [
        "sent",
        "seen",
        "written",
        "made",
        "drawn",
        "given",
        "held",
        "taken",
        "kept",
        "put",
        "built",
        "paid",
        "led",
        "run",
        "won",
        "told",
        "read",
    ]
)
# past tenses that end a subject ("The Taxi Drivers' Association went further, posting")
_IRREGULAR_PAST = frozenset(
    ["went", "came", "took", "gave", "struck", "hit", "got", "stood", "cut", "put", "set"]
    + ["shut", "kept", "sold", "bought", "built", "spent", "lost", "won", "paid", "made", "held"]
)
_INVESTIGATIONS = frozenset(["investigation", "investigations", "probe"])
# "Asked why ..., he said", "Pressed on the cost, she said": the subject comes after the comma
_ASKED = frozenset(["asked", "pressed", "questioned", "challenged", "confronted", "quizzed"])
# where the object of "claim" ends ("claim the hills around the lake")
_CLAIM_OBJECT_ENDS = _PREPS | frozenset(["as", "around", "across", "near", "along", "beyond"])
# things claimed as one's own, not words ("claimed their money back", "the world title")
_CLAIMED_THINGS = frozenset(
    ["back", "title", "titles", "crown", "lives", "victory", "seat", "prize", "medal", "win"]
)
# words other than saying-verbs (those are checked beside these) that may follow a
# body's name set right after its kind ("the group X has", "label Halcyon Sound over")
_AFTER_BODY_NAME = frozenset(
    ["has", "have", "had", "is", "was", "will", "would", "which", "who", "and"]
    + ["over", "in", "on", "for", "to", "with", "after", "against"]
)
# the last words of bodies often named after a person
_NAMED_AFTER_PEOPLE = frozenset(
    ["Foundation", "Trust", "Institute", "Prize", "Awards", "Fund", "Academy", "College"]
    + ["School", "University", "Hospital", "Clinic", "Society", "Library", "Museum"]
    + ["Gallery", "Theatre", "Theater", "Centre", "Center", "Festival"]
)
# a source left unnamed on purpose: never resolved to a name found elsewhere
_UNNAMED_ON_PURPOSE = re.compile(
    r"anonymity|not to be named|not be named|not want to be (?:named|identified)|not authori[sz]ed|without being named",
    re.I,
)
# words that describe any role, so they do not tell one role from another
_ROLE_ADJECTIVES = frozenset(["former", "senior", "junior", "retired", "veteran", "longtime"])
# determiners that can stand alone as a subject ("many said", "others believe")
_GROUP_SUBJECTS = frozenset(
    ["many", "some", "most", "few", "both", "all", "others", "one", "another", "several"]
)
_WH = frozenset(["what", "how", "when", "whether", "why", "which", "who", "where", "if"])
_NEGATIONS = frozenset(["not", "never", "n't"])
_ISSUING = frozenset(["issued", "released", "published", "posted", "sent", "put"])
# the last words of a public body's name, even after a newspaper's word ("the Inland
# Waterways Review Board"; a "Broadcasting Corporation" is still a broadcaster)
_BOARD_ENDS = frozenset(["Board", "Commission", "Authority", "Agency", "Council", "Committee"])
# "One, Jenny Ashworth,", "One of them, the former Olympic sculler Tomasz Wiercik,",
# "another parent, Mr Sunday Nwosu,", "one regular, a retired postman named Dennis Ambrose,"
_ONE_NAMED = re.compile(
    r"(?:[Oo]ne|[Aa]nother)(?: of (?:them|those|us))?(?: [a-z]+){0,2}, "
    r"(?:(?:the|a|an) [^,;:()“”\"]{1,60}? (?:named |called )?)?"
    r"(?P<title>(?:Mr|Mrs|Ms|Miss|Dr)\.? )?"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}),"
)
# texts counted vaguely: "some studies", "several reports" (see _some_studies)
_TEXTS_NOBODY_NAMES = frozenset(["studies", "reports", "surveys", "papers", "polls"])
# a whole trade or side as a speaker: "the banks", "the big retailers", "the industry",
# "its defenders", "the industry's defenders" (see _sectors_as_crowds)
_SECTOR = re.compile(
    r"the industry"
    r"|(?:its|their|the industry[’']s) (?:defenders|detractors)"
    r"|the (?:big|biggest|major|largest|main) (?P<trade>banks|manufacturers|retailers|"
    r"supermarkets|insurers|airlines|carmakers|drugmakers|bookmakers|broadcasters)"
)
# texts whose silence on a point is not a no-comment ("The statement did not say when",
# "..., but its e-mail did not say"): the text's noun opens the clause
_TEXT_OPENS_CLAUSE = re.compile(
    r"(?:[,;]\s+|\b(?:but|and|though|although|while)\s+)"
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[a-z’'-]+\s+){0,2}?"
    r"(?:statement|email|e-mail|letter|report|post|release|notice|memo)\s+\Z"
)
# how a text came about, right after its noun: "a notification issued by the authority", "a
# report dated Feb. 11", "a plan the company filed in 2023"
_TEXT_HISTORY = _ISSUING | frozenset(
    ["dated", "filed", "prepared", "compiled", "commissioned", "produced", "submitted"]
    + ["written", "signed", "drawn", "lodged", "obtained", "seen", "drafted", "tabled"]
)
_PARTICIPLE_NEXT = frozenset(
    [
        "in",
        "by",
        "on",
        "last",
        "this",
        "earlier",
        "at",
        "from",
        "for",
        "after",
        "before",
        "during",
        "with",  # "accounts filed with the registry"
        # "a report published yesterday"
        "yesterday",
        "today",
        "overnight",
        "recently",
    ]
)
_AFTER_INVERTED = frozenset(
    [
        "who",
        "whose",
        "which",
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "when",
        "while",
        "as",
        "and",
        "to",
        "of",
        "from",
    ]
)
_QUANT = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
    ]
)
_ADJ_NOT_SUBJECT = frozenset(
    ["original", "new", "latest", "first", "last", "recent", "previous", "viral", "angry", "public"]
)
_ABBREV = frozenset(
    [
        "jr",  # "Ray Deshler Jr. said"
        "sr",
        "mr",
        "mrs",
        "ms",
        "smt",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "st",
        "prof",
        "rev",
        "col",
        "capt",
        "lt",
        "sgt",
        "maj",
        "adm",
        "det",
        "cmdr",
        "jr",
        "sr",
    ]
)
_CLAUSE_JOIN = (
    ", and",
    ", but",
    ";",
    " while",
    " whereas",
    ", while",
    ", whereas",
    ", though",
    ", although",
    ", even as",
    ", which",  # "..., which some fans have claimed were slow": the writer's aside
)
_CHANNEL_LEADS = frozenset(
    [
        "in",
        "at",
        "on",
        "during",
        "via",
        "through",
        "with",
        "by",
        "from",
        "to",
        "issued",
        "released",
        "sent",
        "published",
        "gave",
        "giving",
        "under",
        "delivered",
        "held",
        "holding",
        "holds",
        "addressed",
        "posted",
        "shared",
        "uploaded",
        "throughout",
    ]
)
_PLATFORM_LEADS = frozenset(
    ["on", "via", "to", "his", "her", "their", "its", "the", "official", "personal", "an", "a"]
)
_PLATFORM_AFTER = frozenset(
    [
        "post",
        "posts",
        "video",
        "message",
        "account",
        "page",
        "feed",
        "live",
        "livestream",
        "thread",
        "story",
        "caption",
        "user",  # "One X user wrote that ...": someone posting there
        "users",
        "stories",  # "her Instagram Stories"
        "group",  # "a neighbourhood Facebook group"
        "groups",
        "reel",
        "reels",
    ]
)
# how words for people end ("islander", "councillor", "resident", "migrant", "activist")
_PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "ent", "ant")
# a capitalised word before "statement" that names a time, not a body ("the Christmas statement")
_NOT_A_BODY_BEFORE = frozenset(["christmas", "easter", "budget", "autumn", "spring", "summer"])
# verbs that make the words after "said" a clause, not a speaker ("said the blooms came
# early", "said the bill was flawed")
_CLAUSE_VERBS = frozenset(
    ["is", "are", "was", "were", "has", "had", "have", "will", "would", "could", "can"]
    + ["came", "went", "got", "made", "took", "gave", "left", "fell", "rose", "grew", "began"]
    + ["ran", "won", "lost", "did", "saw", "knew", "thought", "felt", "kept", "stayed"]
)
# after "a woman who police ...": verbs that say what police did to her, not what they said
_DONE_TO = frozenset(["questioned", "interviewed", "asked", "told", "stopped", "detained"])
# after a platform's name: where people post together ("in a Facebook group"), and what
# they post ("her Instagram Stories"), counted only as places someone wrote
_PLATFORM_PLACES = frozenset(["group", "groups"])
_PLATFORM_FEATURES = frozenset(["stories", "reel", "reels"])
# "Taking to Instagram, ...": the words before a platform's name that mean posting there
_TOOK_TO = frozenset(["taking", "took", "takes", "take"])
_BARE_PLURAL_EXCEPT = frozenset({"authorities"})

_WORD = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"\d+(?:[.,:]\d+)+|\w+(?:[’'&.\-]\w+)*(?:(?<=s)[’'](?!\w))?|[^\w\s]")
_TRAILING_MARKS = frozenset(",.;:!?")
# Words whose full stop belongs to them inside a sentence ("Quantix Inc. said", "said
# U.S. District Judge Amy Lowe"): a company's ending, a name's suffix, and initials
# "Police: man arrested after stabbing": up to four words, a colon, then the words said
_COLON_HEADLINE = re.compile(r"([A-Z][\w’'.&-]*(?: [\w’'.&-]+){0,3}):\s+\S")
# "Rice losses hit P3.2B — DA", "... into mud – Asuboa chief": who said it, after a dash at
# the end (one to three words, the first with a capital)
_DASH_HEADLINE = re.compile(r"\S\s+[–—-]\s+([A-Z][\w’'.&-]*(?: [\w’'.&-]+){0,2})$")
_ABBREVIATED = frozenset({"Inc", "Corp", "Co", "Ltd", "Bros"})
# initials of places and bodies (a person's "J.K." is left to the name rules)
_INITIALISMS = frozenset({"U.S", "U.K", "U.N", "E.U", "D.C", "U.S.A"})
# a peer's title, before a surname and the place of the peerage ("Lord Pemberton of Carrow")
_PEERS = frozenset(["lord", "lady", "baroness", "baron"])
# words after which initials start no name ("by the F.B.I. Officials", "in L.A. Police")
_NOT_BEFORE_INITIALS = frozenset(
    ["the", "a", "an", "in", "at", "of", "near", "on", "outside", "for", "by", "from"]
)
# a person's initials before a capitalised name ("M. Swathi", "J.K. Rowling")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# capitalised words in a row, one space apart ("Corran Ridge Minerals said")
_CAPITAL_RUN = re.compile(r"[A-Z][\w’'&.,;:-]*(?: [A-Z][\w’'&.,;:-]*)+")
# the people someone leads or works with, after "his"/"her" ("Ines Varga and her colleagues")
_TEAM_WORDS = frozenset(["colleagues", "team", "co-authors", "coauthors", "collaborators"])
# what a study's authors are called later ("the researchers write")
_RESEARCH_PLURALS = frozenset(["researchers", "authors", "scientists"])
_TEAM_OR_RESEARCHERS = _TEAM_WORDS | _RESEARCH_PLURALS
# a full name or a surname, perhaps with where the person works, then "and" ("Ines Varga of
# the University of Aldercombe and ", "Lindqvist and ")
_LEADER_AND = re.compile(
    r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?: (?:of|at|from) (?:the )?[A-Z][^,;.]*?)? and "
)
# two first names and the surname they share ("Joanne and Mark Ferris")
_COUPLE = re.compile(r"([A-Z][a-z’'-]+) and ([A-Z][a-z’'-]+) ([A-Z][\w’'-]+)")
# A run of capitalised words (a name). The pattern starts with the capital and only
# then looks back (not right after a letter, digit, "_", "@", "’", "'" or "-"), so
# that a search skips quickly from one capital to the next.
_NAME_RUN = re.compile(
    r"[A-Z](?<![\w@’'-].)(?:[\w’'-]*\w|\.)"
    r"(?:\s+(?:(?:de|da|di|van|von|bin|ibn|ap|al|el|le|la|del|der|den|du|dos|&)\s+){0,2}"
    r"(?:[A-Z][\w’'-]*\w|[A-Z]\.|(?:al|el)-[A-Z][\w’'-]*\w))*"  # (also "Karim al-Hadi")
)
_SHORT_TITLE = re.compile(r"([A-Z][a-z]{1,4})\. (?=[A-Z])")  # "Rev. ", "Dr. ", "Sen. "
_JOB_BEFORE_NAME = re.compile(
    r"[a-z][\w-]* (?:(?:[a-z][\w-]*|[A-Z]{2,4}) ){0,2}(?=[A-Z])"
)  # "seismologist ", "former head coach ", "retired PE teacher "
_AGE_BEFORE_NAME = re.compile(r"\d{1,3}-year-old (?=[A-Za-z])")
_CAPITAL_THEN_JOB = re.compile(r"[A-Z][\w’'-]* (?:[a-z][\w-]* ){1,3}(?=[A-Z])")  # "German group "
# "Miriam Kessel, the presiding judge": the name before a role set off by a comma, with
# at most three small words between (an article or possessive and describing words)
_NAME_THEN_ROLE = re.compile(
    r"((?:[A-Z][\w’'-]*\w)(?:\s+[A-Z][\w’'-]*\w){1,2}),\s+"
    r"(?:the|a|an|its|their|his|her|[A-Z][\w’'-]*’s|[A-Z][\w’'-]*'s)"
    r"(?:\s+(?!of\b|former\b|ex-|late\b|then\b|retired\b)[a-z][\w-]*){0,3}\s+$"
)  # not "Anna Berg, the wife of the judge", "Harriet Voss, a former judge"
# other titles for the same role: "Justice Miriam Kessel" is "the judge"
_ROLE_ALIASES = {"judge": ("justice",), "coroner": ("senior coroner",)}
# a headline's short title and the words the story spells it out in ("CEO says" for
# "chief executive Ingrid Solberg"), and the other way round
_OWN_FIRM = (["the", "company's"], ["the", "firm's"], ["the", "group's"])
_SPELLED_OUT = {
    "ceo": ("chief executive", "chief executive officer"),
    "cfo": ("chief financial officer", "finance director"),
    "coo": ("chief operating officer",),
    "cto": ("chief technology officer",),
    "cco": ("chief commercial officer",),
    "chief executive": ("ceo",),
    "chief executive officer": ("ceo",),
    "chief financial officer": ("cfo",),
    "chief operating officer": ("coo",),
    "chief technology officer": ("cto",),
    "chief commercial officer": ("cco",),
}
_OFFICE_PLACES = frozenset({"county", "city", "council", "district", "borough", "member"})
# titles as written short before a name ("Sen. Dana Whitcomb" is later "the senator")
_SHORT_FORMS = {
    "senator": ("sen",),
    "representative": ("rep",),
    "governor": ("gov",),
    "lieutenant governor": ("lt. gov",),
    "professor": ("prof",),
    "superintendent": ("supt",),
    "detective": ("det",),
    "sergeant": ("sgt",),
    "captain": ("capt",),
    "general": ("gen",),
    "colonel": ("col",),
    "major": ("maj",),
    "lieutenant": ("lt",),
    "admiral": ("adm",),
    "commander": ("cmdr", "cdr"),
    "inspector": ("insp",),
    "constable": ("pc",),
}
# ranks whose short forms were added later: resolved only when one person holds the rank
_SHORT_FORMS_NEW = frozenset(
    ["colonel", "major", "lieutenant", "admiral", "commander", "inspector", "constable"]
)
# (across a line break inside a paragraph, "Chief Constable\nMiriam Tolland", but not a
# blank line: "..., says manager" ending a headline is not the first name below)
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?=\S))"  # spaces, or one line break
_NAME_AFTER = re.compile(
    r"\.?"
    + _GAP
    + r"((?:[A-Z][\w’'-]*\w|[A-Z]\.)(?:"
    + _GAP
    + r"(?:[A-Z][\w’'-]*\w|[A-Z]\.)){0,2})"
)


def _name_described(articles: str) -> re.Pattern:
    """A name, a comma, one of ``articles`` and up to two words (lower case, or a
    capital one of a title: "the main Yes campaign"), ending where a describing noun
    starts: the name that noun describes."""
    return re.compile(
        r"\b([A-Z][\w’'-]*\w(?:\s+[A-Z][\w’'-]*\w){0,3}),\s+(?:" + articles + r")\s+"
        r"(?:[a-z][\w-]*\s+)?(?:[\w-]+\s+)?$"
    )


_STUDY_WORD = re.compile(r"\b(?:study|studies|report|paper|survey|analysis|review|research)\b")
_INSIDE_HEADS = _OFFICIAL_HEADS | frozenset(
    ["sources", "aides", "diplomats", "insiders", "staffers", "advisers", "advisors"]
)  # people inside a body: anonymous even when "some" or "many" of them speak
_UNNAMED_PERSON = {
    pron: re.compile(r"\b(?:a|an|one|another)\s+(?:[a-z-]+\s+){0,2}(?:" + nouns + r")\b")
    for pron, nouns in (
        ("she", "woman|girl|mother|daughter|sister|wife|grandmother|widow|businesswoman"),
        ("he", "man|boy|father|son|brother|husband|grandfather|widower|businessman"),
    )
}  # someone unnamed of the pronoun's gender, standing between it and the last speaker
# business roles that are often a person's own ("the developer Jane Ashby"), unlike
# "the retailer John Lewis", a firm named after its founder
_PERSON_OR_FIRM = frozenset(
    ["developer", "builder", "landlord", "promoter", "contractor", "producer", "investor"]
    + ["backer", "owner", "shareholder", "sponsor", "publisher", "maker", "supplier"]
    + ["wholesaler", "distributor"]
)
# a centre that speaks for its work, after "the" or "a" ("the refugee centre said", "the
# hurricane center"); not an institution's word, since a basketball center is a player
# ("Knicks center Mitchell Robinson said")
_CENTRES = frozenset(["center", "centre"])
_PERSONAL = frozenset(["he", "she", "his", "her", "him"])
# business roles that, after an age, are a person's ("the 58-year-old restaurant owner"),
# unlike "the 40-year-old developer", which may be a firm
_MOSTLY_PEOPLES_ROLES = frozenset(["owner", "investor", "backer", "shareholder", "landlord"])
# plural roles only a firm holds beside one name ("Its liquidators, Fenwick Moss,")
_FIRM_PLURAL_ROLES = frozenset(
    ["liquidators", "administrators", "auditors", "receivers", "brokers", "insurers"]
    + ["lenders", "suppliers", "distributors", "wholesalers", "manufacturers", "carriers"]
)
# two people named or described together ("Hale and Reid", "the owner and his son")
# "(not) authorised to discuss the memo": a leave to speak, not the way they spoke
_LEAVE_TO = frozenset(["authorised", "authorized", "allowed", "permitted", "cleared", "entitled"])
# a subject that spoke to the reporter as a source ("who spoke to the Ledger", "speaking
# on condition of anonymity", "who asked not to be named")
_SPOKE_AS_SOURCE = re.compile(
    r"\b(?:spoke|speaking|talked|talking) to (?:the |a )?[A-Z]|\banonymity\b|\bnot (?:to )?be named\b"
)
# words of "one of the nurses at the clinic" that say nothing of what kind of people
_NOT_A_KIND = frozenset(
    ["the", "those", "these", "them", "of", "at", "in", "a", "an", "who", "with", ","]
)
# a newsroom's initials in a credit or byline line, and capitals there that are no newsroom
_CREDIT_LINE = re.compile(r"(?i:photo|image|picture|credit|video)|\||/|\bBy\b")
_CREDIT_INITIALS = re.compile(r"\b[A-Z]{2,6}\b")
_NOT_A_NEWSROOM = frozenset(
    ["AM", "PM", "ET", "EST", "EDT", "CET", "CEST", "GMT", "BST", "IST", "UTC", "PST", "PDT"]
    + ["AEST", "AEDT", "NZST", "NZDT", "SAST", "EAT", "WAT", "HKT", "SGT", "JST", "CST", "CDT"]
    + ["FILES", "FILE", "PHOTO", "VIDEO", "UPDATED", "BY", "AND", "THE"]
)
# describing words before a channel's noun that no ending shows ("a brief joint statement")
_PLAIN_DESCRIBING = frozenset(["brief", "short", "long", "joint", "formal", "lengthy", "terse"])
# one programme of a show ("on Tuesday's episode of his podcast")
_PART_OF_A_SHOW = frozenset(["episode", "edition", "instalment", "installment"])
# words before "notice" that make it a length of time ("at short notice", "48 hours notice")
_NOTICE_TIME = frozenset(
    ["short", "little", "no", "advance", "further", "without", "prior"]
    + ["hours", "days", "weeks", "months", "minutes"]
)
# texts a body puts out that count as its statement when they stand on its own website
_WEB_NOTICES = frozenset(["notice", "bulletin"])
# where people write online, after "wrote in/under/beneath the ..."
_WRITTEN_UNDER = frozenset(["comment", "comments", "group", "post", "thread", "replies"])
# words that may follow "wrote in the group" for the group to be where the words went (not "on
# the page opposite", "on the wall of the hall")
_AFTER_WRITTEN_IN = frozenset(
    [",", ".", ":", ";", "that", "“", '"', "on", "last", "this", "yesterday", "earlier", "late"]
    + ["beneath", "under", "below", "in", "at", "posted", "chat"]
)
_CLAUSE_BREAK = re.compile(r"[,;”\"’—–]|'(?=\s)")
# verbs by which words or news reach someone, or are put up or taken down: a medium after them
# belongs to what was said ("they learned of it from a post", "it had removed it from its website")
_LEARNED_BY = frozenset(
    ["learned", "learnt", "heard", "read", "discovered", "found", "told", "sent", "informed"]
    + ["published", "posted", "removed", "deleted", "abused", "shared", "saw", "seen", "notified"]
)
# words that show a clause between the saying-verb and a channel's words ("told OPA they had
# learned of it from the post"), and, in "one of them", end what follows "one"
_CLAUSE_WORDS = frozenset(
    ["that", "they", "he", "she", "it", "we", "i", "had", "have", "has", "was", "were", "is", "are"]
)
# what a reporter interviews people for ("interviewed for this article")
_THIS_STORY = frozenset(
    ["article", "story", "report", "piece", "feature", "series", "investigation"]
)
# relatives who share the family's surname ("Her daughter, Siobhán," of Nora Cusack)
_FAMILY_NAME_KIN = frozenset(
    ["son", "daughter", "brother", "sister", "father", "mother", "husband", "wife", "widow"]
    + ["widower", "grandson", "granddaughter"]
)
# one of another group ("one nurse at a different hospital")
_OTHER_KIND = frozenset(["different", "other", "separate", "rival", "another"])
# a sentence opening with a time of its own ("On Tuesday, ...", "Last month, ...")
_TIME_OPENING = re.compile(
    r"(?:On|In|Last|Earlier|Later|This|By|Since|Until) [^,]{0,20}?"
    r"(?:day|week|month|year|morning|afternoon|evening|night|\d|"
    + "|".join(sorted(m.capitalize() for m in _MONTHS))
    + r")[^,]{0,12},"
)
# "one of them", "another", "a third", "the second employee": one of a group that spoke
_GROUP_MEMBER = re.compile(
    r"(?:one|another|a second|a third|a fourth|a fifth|the first|the second|the third|the fourth"
    r"|the other|the last|one more)\b(?: of\b)?(.*)"
)


_ANOTHER_PAIR = re.compile(
    r"\b[A-Z][\w’'-]+ and [A-Z][\w’'-]+\b|\b(?:the|his|her|their) [a-z]+ and (?:the|his|her|their) [a-z]+"
)
# what an apology can be made in, so that its words exist ("apologised in a letter")
_APOLOGY_TEXTS = frozenset(
    ["writing", "statement", "letter", "post", "email", "e-mail", "video", "message", "note"]
)
# words before a participle that make it a passive with nobody named ("once hailed as")
_PASSIVE_BEFORE = frozenset(
    ["once", "widely", "been", "being", "was", "were", "is", "are", "be", "much", "long"]
)
# professionals who work as firms ("Their solicitors, Harker & Vine,")
_FIRMS_OF_PROFESSIONALS = frozenset(
    ["solicitors", "lawyers", "accountants", "architects", "publishers", "agents"]
    + ["advisers", "advisors", "consultants", "surveyors", "engineers"]
)
# titles before a full name set beside an office ("The Municipal Coordinator of the Disaster
# Unit, Mr Issah Mahama, said"; "Hon." for members of parliament and assemblies in Ghana and
# Nigeria), with the sex some of them tell
_ASIDE_TITLES = frozenset(["mr", "mrs", "ms", "dr", "prof", "hon", "alhaji", "hajia", "madam"])
# (titles.txt tells it for the others: "Mr | he")
_TITLE_GENDER = {"alhaji": "he", "hajia": "she", "madam": "she"}
# what records do, not a record label ("Court Records show", "Payroll Records reveal")
_RECORDS_SHOW = frozenset(
    ["show", "shows", "showed", "reveal", "reveals", "suggest", "suggests", "indicate"]
    + ["indicates", "confirm", "confirms", "state", "states", "list", "lists", "detail", "details"]
)
# words that open a clause before a crowd ("..., but residents and traders say")
_CROWD_CLAUSE_OPENERS = frozenset(["but", "and", "while", "although", "though", "yet"])
# offices whose holder speaks for someone else: the name beside them may be that someone
# (nor kin or a group beside a name: "The mother of the deceased, Mr Daniel Osei,", "The
# supporters of the candidate, Hon. Abena Sarpong,")
_HOLDER_NOT = frozenset(
    ["lawyer", "lawyers", "counsel", "solicitor", "attorney", "aide", "representative", "agent"]
    + ["mother", "father", "widow", "widower", "wife", "husband", "son", "daughter", "brother"]
    + ["sister", "family", "relatives", "parents", "children", "uncle", "aunt", "cousin"]
    + ["grandmother", "grandfather", "partner", "fiancée", "fiancé", "friend", "friends"]
    + ["neighbour", "neighbor", "supporters", "members", "fans", "followers", "deceased"]
    + ["victim", "victims", "late", "colleague", "colleagues"]
)
# offices named only with what they head ("Dean of Students Lorraine Whitfield", "Head of
# Policy Sara Lind"): no titles of their own, as "Dean" is also a first name
_HEADS_OF = frozenset(["dean", "head"])
# titles that say nothing of a post ("Professor Ruth Amani", "Dr Lee")
_HONORIFICS = frozenset(
    ["professor", "prof", "dr", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady"]
)
# a paragraph opening with the text the lede named ("In the email, ...")
_IN_THE_SAME_TEXT = re.compile(
    r"in (?:the|that|this) (?:[\w-]+ )?"
    r"(?:email|e-mail|post|letter|message|statement|memo|note)\b"
)
# words that point back to a person, before any "its" ("Redhawk says her plan")
_PERSONAL_BACK = frozenset(["he", "she", "his", "her", "him", "himself", "herself", "hers"])
# a finite verb right after "who VERB": the sentence's own verb, so the clause reports no words
_FINITE_AFTER_WHO_CLAUSE = frozenset(
    ["were", "was", "are", "is", "have", "has", "had", "will", "would", "could", "can"]
    + ["should", "must", "may", "might", "got", "get", "received", "faced", "lost"]
)
# "... Fishermen's Association", "... Farmers' Union"
_BODY_AFTER = re.compile(r"(?:['’]s|s?['’])?[ \t]+([A-Z]\w+)")
_HEARING_BODIES = frozenset(
    ["court", "jury", "inquest", "tribunal", "hearing", "inquiry", "panel", "committee"]
)
_OUTLET_JOBS = frozenset(["broadcaster", "broadcasters", "publisher", "columnist"])
_TITLED_NAME = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady)\.?[ \t]+"
    r"([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,2})\b"
)
_SHARE_OF = frozenset(["handful", "number", "majority", "minority", "couple", "group", "lot"])
# "wrote to complain", "have written in recent months to say": the words came in writing
_WROTE_FORMS = frozenset(["wrote", "written", "writes", "write"])
# the speaker's own description says the reporter called them ("Residents reached by
# telephone said"): an interview
# a newsroom asking, or speaking to, the speaker at the start of a sentence ("When Science
# Dispatch asked about the study,", "Asked by News365 about the report,", "The Sentinel has
# spoken to a senior official")
_NEWSROOM_NAME = r"((?:[Tt]he[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})"
_NEWSROOM_ASKED = re.compile(
    rf"(?:When[ \t]+{_NEWSROOM_NAME}[ \t]+asked(?:[ \t]+(?:him|her|them))?[ \t]+"
    rf"(?:about|for|whether|why|how|if)\b[^,.;]{{0,80}},[ \t]*"
    rf"|Asked[ \t]+by[ \t]+{_NEWSROOM_NAME}\b[^,.;]{{0,80}},[ \t]*"
    rf"|{_NEWSROOM_NAME}[ \t]+(?:has[ \t]+spoken|spoke|has[ \t]+talked|talked)[ \t]+(?:to|with)[ \t]+)"
)
# a speaker known by an account ("Another user, posting as @sparrowflat, said", "a tester
# who posts under the handle QAghost wrote")
_SAYING_ONLINE = frozenset(["say", "write", "post", "add", "complain", "claim", "argue", "comment"])
_POSTING_AS = re.compile(
    r"\bpost(?:s|ing|ed)? (?:as @|under (?:the )?(?:handle|username|name) )\w+"
)
# the reporter reached the speaker by phone ("A fourth player, reached by phone, said",
# "said when contacted on phone", "speaking by telephone from Soweto"; not "phone
# scammers", "a phone-in", "speaking by phone to supporters", "by phone with his wife")
_BY_PHONE = (
    r"(?:by|over the|on) (?:tele|cell|mobile )?phone\b(?![ -](?:scam|call|line|box|number|bill)|-in)"
    r"(?! (?:to|with)\b)"
    # (not "reached by phone by police", "contacted by phone by the family": someone else
    # called, unlike "by this newspaper", "by the Courier")
    r"(?! by (?:the |his |her |their )?(?:police|officers|investigators|detectives|officials"
    r"|authorities|relatives|family|kidnappers|captors|friends|paramedics|rescuers|doctors"
    r"|nurses|staff|neighbou?rs|emergency|prosecutors|lawyers)\b)"
)
_REACHED_BY_PHONE = re.compile(rf"\b(?:reached|contacted|speaking) {_BY_PHONE}")
# the same right after the cue: "Delap said when contacted by phone", "said Elvira
# Santangeli, 61, a shopkeeper, speaking by telephone from a town nearby"
_REACHED_AFTER_CUE = re.compile(
    rf" (?:when |after being )(?:reached|contacted) {_BY_PHONE}"
    rf"|(?:[^.;:“”\"]{{0,80}}?,)? (?:who (?:was|were|had been) )?(?:speaking|reached|contacted)"
    rf" {_BY_PHONE}"
)  # ("said the boy's uncle, Farouk Ahmed, who was reached by phone")
# the same opening the sentence: "Reached by phone on Tuesday, Mensah said"
_REACHED_FIRST = re.compile(
    rf"(?:when )?(?:reached|contacted|speaking) {_BY_PHONE}[^,;.“”\"]{{0,40}},"
)
# right after "said" or "told Atlas": by phone to the reporter (not "said he had spoken by
# telephone with the minister")
_BY_PHONE_AFTER = re.compile(
    r"(?: (?:[A-Z][\w’'-]*|yesterday|today|tonight|briefly|late|early|on|last|this|earlier"
    r"|later|morning|afternoon|evening|night)){0,3} by (?:tele)?phone\b"
)
# where people are, after a plural ("shop owners along the front", "fans around the ground")
_PLACE_AFTER_PLURAL = frozenset(["along", "around", "outside", "beside", "beyond", "throughout"])


def _post_modifier_at(tok: list[str], low: list[str], p: int) -> bool:
    """Does a description of a plural head start at ``p``: where the people are ("Shop owners
    along the front") or what they are doing ("residents living near the plant", "passengers
    waiting at the station")? The head is the plural before it."""
    prev = low[p - 1]
    if not (prev.endswith("s") and not prev.endswith(("ss", "’s", "'s")) or prev in _MEN_PLURALS):
        return False
    w = low[p]
    if w in _PLACE_AFTER_PLURAL:
        return True
    # (not "Analysts including Tom Reid said": the named one speaks)
    return w.endswith("ing") and len(w) > 5 and tok[p].islower() and w != "including"


_ABBREVIATED_PLURAL = re.compile(r"[A-Z]{2,4}s")  # MPs, MEPs, GPs, CEOs
_NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "van",
        "von",
        "der",
        "den",
        "del",
        "della",
        "du",
        "dos",
        "la",
        "le",
        "bin",
        "ibn",
        "ap",  # Welsh: "Dafydd ap Rhys"
        "bint",
    }
)
_NAME_WHICH = re.compile(r"\b([A-Z][\w’'&-]*\w(?:\s+(?:&\s+)?[A-Z][\w’'-]*\w){1,3})$")
# "Geotek Alpin said in a statement that it was", "Stryde, said it had": a name whose own
# reported words call it "it"; the name may carry an aside ("Northgate Ventures, the fund's
# backer, said") or its home ("Halvard Marine of Essvik said")
_SAID_IT_VERBS = frozenset(
    ["said", "says", "added", "confirmed", "announced", "insisted", "stated", "maintained"]
)
_IT_AFTER_VERB = re.compile(
    r"(?: in (?:a|an|its) (?:[\w-]+ )?(?:statement|release|notice))?,?(?: that)? its?\b"
)
_NAME_SAID_IT = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'&-]*\w(?:\s+(?:&\s+)?[A-Z][\w’'-]*\w){0,3})(?:’s|'s)?"
    r"(,[^,.;:“”\"()]{1,60}|\s+of\s+[A-Z][\w-]+)?,?\s+$"
)
# people whose words are their body's published view ("Analysts at the brokerage Calvert &
# Moss estimate"); others speak as themselves ("Workers at the firm Brindle said")
_VOICE_OF_BODY = frozenset(
    [
        "analysts",
        "economists",
        "strategists",
        "administrators",
        "campaigners",
        "forecasters",
    ]
)
# participles that describe a job, not an action: "the retired judge Ursula Penrose"
_JOB_PARTICIPLES = frozenset(
    ["retired", "acting", "serving", "leading", "disgraced", "celebrated", "respected"]
    + ["renowned", "qualified", "trained", "registered", "practising", "practicing", "visiting"]
)
# the public, not a body's staff: "Passengers at the airport said" is a crowd
_PUBLIC_PLURALS = frozenset(
    [
        "residents",
        "passengers",
        "parents",
        "fans",
        "shoppers",
        "visitors",
        "commuters",
        "viewers",
        "customers",
        "tenants",
        "patients",
        "neighbours",
        "locals",
        "students",
        "pupils",
        "supporters",
        "voters",
        "members",
        "users",
        "readers",
        "listeners",
        "guests",
        "spectators",
        "drivers",
        "motorists",
        "cyclists",
        "families",
        "villagers",
        "callers",
        "holidaymakers",
        "consumers",
        "people",
        "onlookers",
        "witnesses",
        "protesters",
        "demonstrators",
        "mourners",
        "worshippers",
        "diners",
        "travellers",
        "tourists",
    ]
)
_HIS_HER = re.compile(r"\b(?:his|her|him|himself|herself)\b")
_BODY_HAS = re.compile(
    r"(?:’s|'s|’|')\s+(?:[\w-]+\s+)?(?:ground|stadium|squad|staff|employees|workers|shares|"
    r"share price|board|website|headquarters|head office|editors|customers|stores|shops|"
    r"factories|factory|plant|offices|chief executive|chairman|chairwoman|accounts|"
    r"shareholders|owners|founders?|members|subsidiary|parent company)\b"
)
_FOR_WHOM = re.compile(r"\s+(?:for|of|at|from)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}")
# when someone held a post: "current and former officials"
_TIME_OF_OFFICE = frozenset(["current", "former", "past", "present", "serving", "retired"])
_CLAUSE_OPENERS = frozenset(["since", "when", "after", "before", "because", "until", "while", "as"])
_RELATIVE_NEXT = re.compile(r"\s*,?\s*(?:which|that)\b")
_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_HE_SHE_OPENS = re.compile(r"[\s”\"’']*(?:He|She)\b")
_NAME_BEFORE_NOUN = _name_described("a|an")  # "Pharma Ledger, a trade " + "publication"
_NAME_BEFORE_KIND = _name_described(
    "a|an|the|[A-Z][\\w-]*[’']s"
)  # "Varro Dynamics, the company", "Skerrin Air, Ostmark's airline"
_NAMING_ADVERBS = frozenset({"often", "sometimes", "commonly", "popularly", "usually", "widely"})
_SHOW_NOUNS = frozenset({"programme", "program"})  # a broadcast only after its name
# "... for the company, NAME": a body named as what someone works for
# an American radio or TV station's call sign ("KXLT", "WDTR-TV"), counted only where the
# article shows it is a station (_Article._station)
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")
# "Brannigan's rep", "the singer's reps": people who speak for someone
_REP_WORDS = frozenset({"rep", "reps", "representative", "representatives"})
# when a body acted, written between it and its verb ("The company later issued ...")
_ACT_TIME_WORDS = frozenset(
    {"later", "earlier", "then", "also", "subsequently", "swiftly", "quickly"}
)
# words that open a court report's sentence about who spoke in court ("Sentencing, Judge
# Calloway told him ...", "Defending, Tom Hale said ...")
_COURT_OPENERS = frozenset(
    ["sentencing", "defending", "prosecuting", "mitigating", "jailing", "summing"]
)
# words that "'s" turns into "has" or "is", never a firm's name ("It's said", "He's told")
_CONTRACTED_SUBJECTS = frozenset(
    [
        "it",
        "he",
        "she",
        "that",
        "who",
        "what",
        "there",
        "here",
        "where",
        "everybody",
        "everyone",
        "nobody",
        "somebody",
        "someone",
        "anyone",
        "one",
        "this",
        "let",
        "dad",
        "mum",
        "mom",
    ]
)
# reasons given with "citing", never sources ("citing staff shortages")
_REASONS = frozenset(
    [
        "shortage",
        "shortages",
        "concern",
        "concerns",
        "reason",
        "reasons",
        "cost",
        "costs",
        "delay",
        "delays",
        "problem",
        "problems",
        "difficulties",
        "pressure",
        "pressures",
        "issue",
        "issues",
        "circumstances",
        "demand",
        "safety",
        "grounds",
        "fears",
        "uncertainty",
        "weather",
        "conditions",
        "injury",
        "injuries",
    ]
)
# what someone is to another person, which the article may set beside a name once and use
# alone later ("His daughter, Carol Mayer, said ... his daughter said")
_KIN_OR_AIDE = frozenset(
    ["lawyer", "attorney", "solicitor", "barrister", "agent", "manager", "publicist"]
)
# family words before a first name ("Her son Declan said"): the person, by first name
_KIN = frozenset(
    [
        "son",
        "daughter",
        "wife",
        "husband",
        "mother",
        "father",
        "brother",
        "sister",
        "partner",
        "grandson",
        "granddaughter",
        "niece",
        "nephew",
        "cousin",
        "uncle",
        "aunt",
        "widow",
        "widower",
        "fiancee",
        "fiance",
    ]
)
# other researchers brought into a science story after a named team
_OTHER_RESEARCHERS = re.compile(r"\b(?:researchers|scientists|experts|team|colleagues|authors)\b")
# words for brothers and sisters, which "the siblings" stands for
_KIN_SIBLINGS = frozenset(["son", "daughter", "sons", "daughters", "brother", "sister"])
# two people of a family or a household, named together after the word ("Her parents,
# Joanne and Mark Ferris,", "The couple, Ann and Ray Hale,")
_KIN_PLURALS = frozenset(
    ["parents", "grandparents", "couple", "pair", "children", "sons", "daughters", "brothers"]
    + ["sisters", "neighbours", "neighbors", "owners", "founders", "siblings", "twins"]
)
# what is claimed as one's due, not said ("claim a refund", "claimed compensation")
_CLAIMED_DUES = frozenset(
    ["a", "an", "refunds", "compensation", "benefits", "damages", "asylum", "expenses", "back"]
)
# verbs that open a campaign group's name ("Save Our Station", "Stop Calder Expansion")
_CAMPAIGN_VERBS = frozenset(["Save", "Stop", "Keep", "Protect", "Defend", "Scrap", "Reclaim"])
# words that start a national agency's name before a country ("Statistics Canada", "Police
# Scotland", "Health Canada", "Natural England")
_AGENCY_FIRST = frozenset(
    ["Statistics", "Police", "Health", "Transport", "Parks", "Sport", "Natural", "Historic"]
    + ["Fisheries", "Forestry", "Revenue", "Customs", "Immigration", "Justice", "Education"]
)
# sports that start a national body's name ("Tennis Australia", "Cricket Ireland")
_SPORT_BODIES = frozenset(
    [
        "Tennis",
        "Cricket",
        "Rugby",
        "Football",
        "Hockey",
        "Athletics",
        "Swimming",
        "Cycling",
        "Golf",
        "Netball",
        "Rowing",
        "Basketball",
        "Volleyball",
        "Boxing",
        "Gymnastics",
        "Triathlon",
        "Sailing",
        "Skiing",
        "Squash",
    ]
)
# prepositions that a body's name may hold besides the common ones ("Doctors Without
# Borders", "Mothers Against Drunk Driving")
_NAME_PREPS = frozenset(["without", "against", "across", "beyond", "within"])
# words that end a platform's name before a time ("took to X on Sunday to say")
_AFTER_PLACE = frozenset(["on", "last", "this", "late", "early", "yesterday", "today", "again"])
# what may follow a station told ("told Midlands 103 he had ...", "told 2GB that ...")
_AFTER_STATION = frozenset(
    ["that", "he", "she", "it", "they", "on", "in", "during", "after", "before", "when", "while"]
)
# days and times that may stand between a saying-verb and where it was said
_DAY_WORDS = _WEEKDAYS | frozenset(
    [
        "today",
        "yesterday",
        "tonight",
        "late",
        "early",
        "later",
        "earlier",
        "again",
        "also",
        "afterwards",
    ]
)
# verbs whose next words are what they act on, never a speaker set after them
_OBJECT_AFTER = frozenset(
    {"dismiss", "deny", "reject", "defend", "accuse", "slam", "blast", "criticise", "criticize"}
    | {"condemn", "question", "describe"}
)
# words before "doubt" that make it a noun ("there are serious doubts that ...")
_DOUBT_NOUN = frozenset(
    [
        "serious",
        "grave",
        "growing",
        "real",
        "strong",
        "lingering",
        "little",
        "no",
        "considerable",
        "deep",
        "major",
    ]
)
# passives whose "by ..." names who first made something public ("first reported by")
_FIRST_TOLD_BY = frozenset({"reported", "revealed", "disclosed"})
# jobs of players and performers that a later label may name ("The band's frontman, Jo
# Reed, ... The singer said"; not "Her lawyer, Tom Hale, ... The singer said")
_PERFORMERS = frozenset(
    ["frontman", "frontwoman", "captain", "skipper", "signing", "star", "vocalist", "leader"]
    + ["candidate", "player", "striker", "winger", "champion"]
)
# a job set before a name at the start of a sentence ("The general manager, Rafael Ostos,")
_APPOSITIVE_HEAD = re.compile(r"(?:The|Its|His|Her|Their) [a-z][\w’'-]*(?: [a-z][\w’'-]*){0,3}, ")
# words after a gesture that bring in someone else's words or a text
_GESTURE_BREAKS = frozenset(
    ["as", "when", "while", "after", "because", "until", "headline", "sign", "banner", "phone"]
    + ["letter", "message", "screen", "song", "text", "note", "poster", "crowd", "fans"]
    + ["before", "once", "who", "asked", "cut", "read", "quoted", "placard", "plaque", "email"]
    + ["recording", "reply", "billboard", "verdict", "question", "slogan", "petition"]
    + ["statement", "report", "newspaper", "envelope", "inscription"]
)
# what a person does instead of saying ("Fenwick smiled. “You'll find out.”")
_GESTURES = frozenset(
    ["smiled", "smiles", "laughed", "laughs", "shrugged", "shrugs", "paused", "pauses"]
    + ["nodded", "nods", "sighed", "sighs", "grinned", "grins", "winced", "winces"]
    + ["chuckled", "chuckles", "frowned", "frowns", "shook"]
)
# a player's or a dish's mark, alone as a sentence ("7.", "8.5", "6/10")
_RATING = re.compile(r"\d{1,2}(?:\.5)?(?:/10)?\.?")
# what a decision sparks among people ("fury among older residents, who say ...")
_REACTION_NOUNS = frozenset(
    ["fury", "anger", "outrage", "concern", "concerns", "alarm", "dismay", "criticism"]
    + ["anxiety", "frustration", "opposition", "uproar", "backlash", "condemnation"]
)
# words of parties and places before "MP" ("a Labour MP", "the local SNP MSP")
_PARTY_WORDS = frozenset(
    ["labour", "conservative", "tory", "liberal", "democrat", "democratic", "green", "snp"]
    + ["ndp", "unionist", "ulster", "fianna", "fáil", "fine", "gael", "sinn", "féin", "plaid"]
    + ["reform", "independent", "republican", "local", "alliance", "cymru", "lib", "dem"]
)
# body words that are surnames too ("Charlotte Church", "Ann Parish"; not "Victoria Police")
_SURNAME_BODIES = frozenset(["church", "parish", "hall", "bank", "court", "house", "chambers"])
# people named by letters ("a GP said", "a QC told the court")
_PERSON_LETTERS = frozenset(["GP", "QC", "KC", "MP", "MSP", "MEP", "MLA", "TD", "DJ", "PC"])
# words between a quotation and a name that show the quotation is not that person's
_GAP_NOT_JOB = frozenset(["and", "as", "but", "while", "when", "then", "played", "with", "so"])
# letters after a name that say what the person is ("Jackie Baillie MSP", "Ann Hale KC")
_POST_NOMINALS = frozenset(["MP", "MSP", "MEP", "MLA", "MPP", "TD", "QC", "KC", "OBE", "MBE"])
# who asks the questions of a printed interview, by the label of their turns
_ASKERS = frozenset(["interviewer", "reporter", "host", "presenter", "journalist", "q"])
# a sentence saying someone was interviewed ("spoke to the Courier", "In an interview")
_INTERVIEWED = re.compile(
    r"\b(?:spoke|talked|speaking|talking) (?:to|with)\b|\binterview(?:ed)?\b|\bsat down with\b"
)
# words that open a clause inside a sentence ("After officials said ..., shares rose")
_SUBORDINATORS = frozenset(
    ["after", "before", "when", "as", "since", "because", "although", "though", "while", "if"]
    + ["once", "until", "whereas", "so"]
)
# after "called him a/an": a time or a service, not a name for him ("called the police a
# day later", "called her a taxi")
_CALLED_NOT_A_NAME = frozenset(
    ["day", "week", "month", "year", "minute", "hour", "moment", "few", "second", "couple"]
    + ["taxi", "cab", "car", "ambulance", "doctor", "number", "lot", "total", "dozen", "third"]
    + ["fortnight", "decade", "while", "bit"]
)
# words before a place ("born in St. Boniface", "from Port Elgin")
_PLACE_PREPS = frozenset(["in", "at", "from", "near", "outside", "across", "around", "into"])
# a newspaper's own voice ("its leader says", "its editorial argues")
_PAPER_VOICES = frozenset(["leader", "editorial", "splash", "columnist", "editor"])
# who is talking at the start of a transcript's paragraph: "Q:", "A.", "Ogden:",
# "Anneli Virtanen:", "CASTELLANE:", "DR FALLON:"
_TURN_LABEL = re.compile(
    r"\s*(?:(Q|A)\.|(Q|A|Question|Answer|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}):)\s+(?=\S)"
)
# people a transcript labels by their part in it ("CALLER: ...", "DISPATCHER: ...")
_TURN_ROLES = frozenset(
    ["caller", "dispatcher", "operator", "officer", "witness", "prosecutor", "defendant"]
    + ["lawyer", "attorney", "counsel", "judge", "chair", "chairman", "chairwoman", "driver"]
)
# words that start a time after the newsroom named ("... by the Courier last spring")
_TIME_AFTER_SOURCE = frozenset(["last", "earlier", "this", "yesterday"]) | _WEEKDAYS | _MONTHS
_OBJECT_OF_PREP_WORD = re.compile(r" (?:for|of|at|from|with) (?:the|its|their) (?:[\w-]+ )?$")
_ALSO_JOBS = frozenset({"developer", "publisher", "party"})  # bodies, but also people's jobs
_DESCRIPTION_ENDS = frozenset(
    {"that", "which", "whose", "based", "founded", "owned", "run", "led", "set", "behind"}
    # a clause with its own subject: "Common Ground Mediation, the charity we refer cases to,"
    | {"we", "i", "he", "she", "they", "you"}
)


def _quote_of(sid: int, who: str, cue: str, quote: str, start: int, end: int, why: str) -> dict:
    """A report entry for words in quotation marks given to a named person by a rule with no
    saying-verb (a gesture before them, a colon): direct, channel unspecified; ``why`` is the
    first part of the explanation, the rule and who."""
    return {
        "sentence": sid,
        "speaker": who,
        "speaker_mention": who,
        "source_type": "named_person",
        "channel": "unspecified",
        "quote_kind": "direct",
        "cue": cue,
        "quote": quote,
        "named": True,
        "start": start,
        "end": end,
        "explanation": why + "; nothing in the sentence says how it was said, so the channel "
        "is unspecified; the words in quotation marks are the speaker's own, given in full "
        "(a direct quote).",
        "_quotes": [],
    }


def _colon_lead_ok(lead: str) -> bool:
    """Do the words between a person's name and a colon say that the person speaks next
    ("was blunt", "didn't hesitate", "struck a defiant note", "'s verdict was damning",
    "had a stark warning for parents"), not what happened to them or what they saw ("was
    charged with one offence", "received a text", "found a note on her windscreen")?"""
    if _COLON_OWN_WORDS.fullmatch(lead):
        return True
    m = re.fullmatch(
        r"(?:also |later |then )?(?:was|were|is|sounded|seemed|remained|looked|had been) (.{1,45})",
        lead,
    )
    return m is not None and _NOT_OWN_WORDS.isdisjoint(m[1].split())


def _first_name_then_body_word(words: list[str], gender) -> bool:
    """A first name, then a body's word that is a surname too ("Charlotte Church", "Ann
    Parish"): a person, not a body ("Victoria Police" is a body: "police" is no surname)."""
    return len(words) == 2 and words[0] in gender and words[1].lower() in _SURNAME_BODIES


def _is_person_word(w: str) -> bool:
    """Is the word a common noun for a person ("nurse", "officer", "man", "pensioner")?"""
    return (
        w in _PERSON_NOUNS
        or w in _BEFORE_A_NAME
        or w in _EPITHETS
        or w in _FEMALE_NOUNS
        or w in _MALE_NOUNS
        or w in _SETTING_PEOPLE
        or w in _UNNAMED_PEOPLE_EXTRA
    )


def _sex_of_noun(mention: str) -> str | None:
    """ "she" for "a spokeswoman", "the chairwoman", "he" for "a spokesman", "his
    father": the sex a described person's last word gives, or None."""
    last = mention.lower().split()[-1:] or [""]
    w = last[0]
    if w.endswith(("woman", "women")) or w in _FEMALE_NOUNS:
        return "she"
    if w in _MALE_NOUNS:
        return "he"
    return None


# more people an article may open a sentence with ("A nurse spoke out.")
_UNNAMED_PEOPLE_EXTRA = frozenset(
    ["nurse", "resident", "witness", "worker", "neighbour", "neighbor", "customer", "parent"]
    + ["pensioner", "shopkeeper", "volunteer", "engineer", "official", "employee", "constable"]
    + ["paramedic", "firefighter", "soldier", "protester", "spectator", "fan", "supporter"]
    + ["diplomat", "source", "insider", "builder", "pupil", "motorist", "cyclist"]
)  # (with _SETTING_PEOPLE: officer, teacher, doctor, lawyer, judge, manager, student ...)
_FEMALE_NOUNS = frozenset(
    ["mother", "daughter", "sister", "wife", "girl", "grandmother", "aunt", "niece", "actress"]
    + ["widow", "girlfriend", "queen", "princess", "duchess", "nun", "mum", "mom"]
)
_MALE_NOUNS = frozenset(
    ["father", "son", "brother", "husband", "boy", "grandfather", "uncle", "nephew", "widower"]
    + ["boyfriend", "king", "prince", "duke", "monk", "dad", "man", "spokesman", "businessman"]
    + ["policeman", "congressman", "sportsman", "salesman", "gentleman"]
)  # (not "chairman", "ombudsman", "alderman": offices held by women too)


def _ends_description(low: str, end: int) -> bool:
    """Does a description end with the noun that ends at ``end`` ("the company that
    built", "a group based in", "a charity,"), rather than go on ("a group leader")?"""
    if low[end : end + 1] in ("'", "’"):
        return False  # "the group's head of testing": a person
    rest = low[end : end + 20].split()
    if not rest or not rest[0][:1].isalpha():
        return True
    return rest[0] in _DESCRIPTION_ENDS or rest[0] in _PREPS


_FIRST_REPORTED = re.compile(
    r"\b([A-Z][\w’'-]*\w(?:\s+[A-Z][\w’'-]*\w){0,3}),\s+which\s+"
    r"(?:had\s+)?(?:first\s+(?:reported|revealed|published)|broke\s+the\s+(?:news|story))\b"
)  # "Norpress, which first reported the story": a newsroom
# the end of _FIRST_REPORTED: it starts with a literal comma, so a search skips ahead fast,
# and every match of _FIRST_REPORTED holds a match of it
_FIRST_REPORTED_TAIL = re.compile(
    r",\s+which\s+(?:had\s+)?(?:first\s+(?:reported|revealed|published)|broke\s+the\s+(?:news|story))\b"
)
_DATELINE_AGENCY = re.compile(
    r"^(?:[A-Z][A-Z .,'’-]{2,}|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})(?:,[^—–\n(]{0,40})?"
    r" ?\(([A-Za-z][\w .&/-]{0,38})\)\s*[—–-]",
    re.MULTILINE,
)  # "KALDBY, Osterland (OPA) —", "Wendlingsau (hpa) -": the agency that sent the story
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,}(?:,[^—–\n]{0,40})?(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s*"
)

_TITLE_CACHE: dict[tuple, tuple] = {}

_CHANNEL_WORDS = {
    "social_media": "social media",
    "statement": "a written statement",
    "briefing": "a briefing (words spoken to reporters or an audience)",
    "interview": "an interview",
    "document": "a document",
    "unspecified": "unspecified",
}
_QUOTE_WORDS = {
    "direct": "the words in quotation marks are the speaker's own, given in full (a direct quote)",
    "partial": "only some words are in quotation marks inside the reporter's sentence (a partial quote)",
    "indirect": "there are no quotation marks, so the words are the reporter's summary (indirect speech)",
}


# ---------------------------------------------------------------------------
# The rule data, read once from helpers/data/attribution/.
# ---------------------------------------------------------------------------
def _read(name: str) -> dict[str, list[list[str]]]:
    """Sections of a data file: ``{section: [[column, ...], ...]}`` ("" before any header)."""
    sections: dict[str, list[list[str]]] = {"": []}
    current = ""
    for raw in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, [])
            continue
        sections[current].append([c.strip() for c in line.split("|")])
    return sections


_ASCII_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # a-z kept, all else " "


def _tokens(text: str, base: int) -> tuple[list[str], list[int], list[int]]:
    """The ``_TOKEN`` tokens of ``text``: (tokens, starts, ends), offsets counted from ``base``.

    The same tokens as ``_TOKEN.finditer(text)``, found faster: no token holds a
    space, so the text is cut at spaces first; a piece of letters and digits is
    one token, and one followed by a comma or a full stop ("said.") is two; only
    the other pieces ("U.S.", "“We", "2,000") go through the regular expression.

    >>> _tokens("He said: “We’ll see,” U.S. envoys’ 2,000 co-workers.", 100)[0]
    ['He', 'said', ':', '“', 'We’ll', 'see', ',', '”', 'U.S.', 'envoys’', '2,000', 'co-workers', '.']
    """
    tok: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = base
    last = len(text.rstrip()) + base
    for piece in text.split(" "):
        n = len(piece)
        if piece.isalnum():
            tok.append(piece)
            starts.append(pos)
            ends.append(pos + n)
        elif (
            n > 1
            and piece[-1] == "."
            and pos + n < last
            and (piece[:-1] in _ABBREVIATED or piece[:-1] in _INITIALISMS)
            and _abbreviation_inside(piece, text[pos - base + n + 1 : pos - base + n + 2], tok)
        ):
            tok.append(piece)  # "Inc.", "U.S.": the full stop does not end the sentence
            starts.append(pos)
            ends.append(pos + n)
        elif (
            n > 1
            and piece[-1] == "."
            and _INITIALS.fullmatch(piece)
            and piece[:-1] not in _INITIALISMS  # ("in the U.S. Smith said": two sentences)
            and text[pos - base + n + 1 : pos - base + n + 2].isupper()
            # first, after a first name ("John F. Kennedy") or after a small word that is no
            # determiner or preposition ("said M. Swathi"); not "Plan B. Fans said", "by the
            # F.B.I. Officials said", "Newark, N.J. Police said"
            and (
                not tok
                or tok[-1] in _rules().gender
                or (tok[-1].isalpha() and tok[-1].islower() and tok[-1] not in _NOT_BEFORE_INITIALS)
            )
            # ("moved to L.A. Fans said": a plural starts a sentence)
            and not _common_plural(text[pos - base + n + 1 :].split(" ", 1)[0].rstrip(",.;:"))
        ):
            tok.append(piece)  # "M. Swathi", "John F. Kennedy", "J.K. Rowling": initials
            starts.append(pos)
            ends.append(pos + n)
        elif n > 1 and piece[-1] in _TRAILING_MARKS and piece[:-1].isalnum():
            tok += (piece[:-1], piece[-1])
            starts += (pos, pos + n - 1)
            ends += (pos + n - 1, pos + n)
        elif (
            n > 2
            and piece[-2] == "."
            and piece[-1] in ",;:"
            and (piece[:-2] in _ABBREVIATED or piece[:-2] in _INITIALISMS)
        ):
            tok += (piece[:-1], piece[-1])  # "Inc.,", "U.S.,": the full stop stays on the word
            starts += (pos, pos + n - 1)
            ends += (pos + n - 1, pos + n)
        elif piece:
            for m in _TOKEN.finditer(piece):
                tok.append(m.group())
                starts.append(pos + m.start())
                ends.append(pos + m.end())
        pos += n + 1
    return tok, starts, ends


def _common_plural(word: str) -> bool:
    """Is a capitalised word a common plural the dictionary has with its singular ("Fans",
    "Officials"), which starts a sentence rather than goes on a name?"""
    low = word.lower()
    return low.endswith("s") and (
        in_dictionary(low)
        and in_dictionary(low[:-1])
        or low in _rules().anon_heads
        or low in _rules().vague_subjects
        or _is_person_word(low[:-1])
    )


def _lede_capitals(word: str, R: _Rules) -> str:
    """A lede's first word set in capitals, as British papers open a story ("ISLANDERS on
    Tornsay have accused", "POLICE have arrested"), written as an ordinary word: a plural of
    a word for people or one the dictionary has with its singular, or a word the rules know;
    an abbreviation or a brand stays ("NATO said", "ECOWAS leaders", "ADIDAS said")."""
    low = word.lower()
    if (
        (
            len(word) >= 5
            and word.endswith("S")
            and word.isalpha()
            # a word for people ("islanders", "councillors") or a plural the dictionary
            # has with its singular ("families", "bosses", "unions"; not "ECOWAS", "ADIDAS")
            and (
                low[:-1].endswith(_PEOPLE_ENDINGS)
                or _is_person_word(low[:-1])
                or in_dictionary(low)
                and (
                    in_dictionary(low[:-1])
                    or low.endswith("es")
                    and in_dictionary(low[:-2])
                    or low.endswith("ies")
                    and in_dictionary(low[:-3] + "y")
                )
            )
        )
        or (low in R.inst_words or low in R.anon_heads or low in R.vague_subjects)
    ):
        return word.capitalize()
    return word


def _abbreviation_inside(piece: str, next_char: str, before: list[str]) -> bool:
    """Does the full stop of "Inc." or "U.S." stay inside the sentence? Yes before a
    small letter or a comma ("Quantix Inc. said", "U.S. envoys"); for initials also
    before a capital that goes on a name or title ("said U.S. District Judge Amy Lowe"),
    but not after "the" ("toured the U.S. Fans said ...": a new sentence)."""
    if next_char.islower() or next_char in ",;:)":
        return True
    if piece[:-1] in _ABBREVIATED or not next_char.isupper():
        return False
    return not before or before[-1].lower() not in ("the", "a", "an", "in", "to", "from")


def _bracket_start(tok: list[str], j: int) -> int | None:
    """Where the "(" stands of a bracketed party tag ending at ")" token j ("(R-S.C.)",
    cut into "(", "R-S.C", ".", ")") or of a body's initials after its name ("(EMA)");
    None for any other bracket."""
    k = j - 1
    while k > 0 and tok[k] == ".":
        k -= 1
    if k >= 1 and tok[k - 1] == "(" and _PARTY_TAG.fullmatch(tok[k]):
        return k - 1
    if (
        k >= 2
        and tok[k - 1] == "("
        and tok[k].isupper()
        and tok[k].isalpha()
        and tok[k - 2][:1].isupper()
    ):
        # "the Oyomba State Emergency Management Agency (OYSEMA), Mr Kayode Adeniran,":
        # a body's initials after its name
        return k - 1
    return None


# an Arabic name's article joined to it: "Omar al-Fayez", "Ahmed el-Sayed"
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z]")


def _capital(t: str) -> bool:
    """Does token t start a name: a capital, or an Arabic article joined to one ("al-Fayez")?"""
    return t[:1].isupper() or _ARTICLE_NAME.match(t) is not None


def _firm_with_s(tok: list[str], low: list[str], j: int) -> bool:
    """Is token j a firm's name written with 's, right before "said" or "told" ("Macy's
    said", "Sainsbury's says")? A possessive never stands there, but a contraction may:
    not "It's said", "He's told friends" ("has", "is")."""
    return (
        tok[j][:1].isupper()
        and low[j].endswith(("’s", "'s"))
        and j + 1 < len(low)
        and low[j + 1] in ("said", "says", "told", "tells")
        and _unpossessed(low[j]) not in _CONTRACTED_SUBJECTS
    )


def _before_party_tag(tok: list[str], k: int) -> int:
    """The comma before an American politician's party tag set between commas, when the
    comma at token ``k`` closes one ("Luis Ferrante, D-Millbrook," or ", D-Calif.,");
    else ``k``.

    >>> t = "Rep. Ann Lee , D-East Bramford , who".split()
    >>> _before_party_tag(t, 6), _before_party_tag(t, 3)
    (3, 3)
    """
    j = k - 1
    while j > 0 and tok[j] == ".":
        j -= 1
    for _ in range(4):  # the place may run on: "R-Pine Hollow", "D-East Bramford", "R-St. Cloud"
        if (
            j >= 2
            and tok[j - 1] == ","
            and _PARTY_TAG.fullmatch(tok[j])
            and tok[j - 2][:1].isupper()
        ):
            return j - 1
        if not (tok[j][:1].isupper() or tok[j] == "."):
            break
        j -= 1
    return k


def _kind_of_head(noun: str) -> str:
    """ "group" for a plural head noun ("officials"), else "person" ("a witness", "the
    boss": a double s is no plural)."""
    return "group" if noun.endswith("s") and not noun.endswith("ss") else "person"


def _named_person(
    who: str, mention: str, start: int, end: int, note: str, gender: str | None
) -> _Speaker:
    """A named person speaking for themselves, found through ``mention`` ("she", "the
    grandfather")."""
    return _Speaker(
        who,
        mention,
        start,
        end,
        "named_person",
        True,
        f"{who} is a named person speaking for themselves",
        note,
        "person",
        gender,
    )


def _given_name(name: str, mention: str, start: int, end: int) -> _Speaker:
    """A person known only by the name they gave the reporter ("gave only her first name,
    Eleni")."""
    return _Speaker(
        name,
        mention,
        start,
        end,
        "named_person",
        True,
        f"{name} is a named person speaking for themselves",
        f"'{mention}' gives the name {name}",
    )


def _person_of(words: list[str], first_names, endings=frozenset()) -> bool:
    """ "Priya Nandakumar of Harcastle Securities": a known first name and a surname,
    then "of" and where the person works; or two names, then "of" and a firm whose
    name ends as a firm's does ("Dana Whitcomb of Whitcomb & Rhee LLP").

    >>> _person_of("Priya Nandakumar of Harcastle Securities".split(), {"Priya": "she"})
    True
    >>> _person_of("Bank of England".split(), {"Priya": "she"})
    False
    >>> _person_of("Dana Whitcomb of Whitcomb & Rhee LLP".split(), {}, {"LLP", "Bank"})
    True
    >>> _person_of("Royal Bank of Scotland Group".split(), {}, {"Group", "Bank"})
    False
    """
    if "of" not in words:
        return False
    k = words.index("of")
    return 2 <= k <= 3 and (
        words[0] in first_names
        or (
            k == 2
            and words[-1] in endings
            and words[-1] in _FIRM_SUFFIXES
            and words[0][:1].isupper()
            and words[1][:1].isupper()
            and words[0] not in endings
            and words[1] not in endings
        )
    )


def _aside_words(aside: str) -> list[str]:
    """The words of an aside up to its head: up to a preposition or a relative ("a yard in
    his home region": a yard), leaving out an owner ("the firm's founder": the founder)."""
    words = []
    for w in aside.split():
        w = w.strip("’'")
        if w in _PREPS or w in _RELATIVES:
            break
        if not w.endswith(("’s", "'s")):
            words.append(w)
    return words


def _far_cue(rule: str, S, cs: int, ce: int, sp, verb) -> _Cue | None:
    """A participle cue whose speaker stands further back ("..., saying"): it reports the
    rest of the sentence."""
    if sp is None:
        return None
    return _Cue(rule, cs, ce, sp, verb, content=(ce, S.end), far_speaker=True)


def _named_as(sp: _Speaker, who: str, note: str, **more) -> _Speaker:
    """``sp`` resolved to the named person ``who``, with the note that says how."""
    return replace(
        sp,
        speaker=who,
        source_type="named_person",
        named=True,
        type_reason=f"{who} is a named person speaking for themselves",
        resolve_note=note,
        **more,
    )


def _written_not_spoken(c: _Cue, d: _Cue) -> bool:
    """Are ``c``'s words written ("wrote", "posted") and ``d``'s channel a spoken one (an
    interview, a briefing)? Then ``c`` cannot take ``d``'s channel."""
    return (
        d.channel in ("interview", "briefing")
        and c.verb is not None
        and c.verb.lemma in ("write", "post")
    )


def _is_team(sp: _Speaker) -> bool:
    """Is ``sp`` a named researcher with their team ("Ines Varga and her colleagues")?"""
    last = (sp.speaker or "").split()[-1:]
    return bool(last) and last[0] in _TEAM_WORDS


def _channel_words(c: _Cue, text: str) -> str:
    """The words that gave ``c`` its channel ("in a report"), else its cue ("tweeted")."""
    reason = c.ch_reason
    if reason.startswith("'") and "' means" in reason:
        return reason[1 : reason.index("' means")]
    return text[c.cs : c.ce]


# more characters than any subject _silent_subject accepts ("that the firm's lawyers")
_SUBJECT_SPAN = 100


def _silent_subject(gap: str) -> str | None:
    """The subject of a no-comment phrase right after a saying-verb, when ``gap`` (the
    words between them) is only that subject: "it", "he" ... (the pronoun) or "body"
    for a short noun phrase ("the firm"); None when the gap holds more than a subject.

    >>> _silent_subject(" it ")  # "a spokeswoman said it could not comment"
    'it'
    >>> _silent_subject(" the firm ")  # "... said the firm did not comment on clients"
    'body'
    >>> _silent_subject(" it would be “")  # "said it would be “inappropriate” to comment"
    'it'
    >>> _silent_subject(" she would “")  # "said she would “not be commenting”"
    'she'
    >>> _silent_subject(" the plan was flawed but she ") is None  # a claim comes first
    True
    >>> _silent_subject(" on Monday that Vane ") is None  # a name: someone else's silence
    True
    """
    if any(p in gap for p in ",.;:!?("):
        return None
    words = gap.replace("“", " ").replace('"', " ").split()
    if words[:1] == ["that"]:
        words = words[1:]
    if words[-2:] == ["would", "be"]:
        words = words[:-2]
    elif words[-1:] and words[-1] in ("would", "will", "was", "is"):
        words = words[:-1]  # "said she would “not be commenting at this time”"
    if len(words) == 1:
        return words[0] if words[0] in _PRONOUNS else None
    if 2 <= len(words) <= 3 and words[0] in ("the", "its", "his", "her", "their"):
        return "body"
    return None


def _closes_relative_aside(tok: list[str], low: list[str], j: int) -> bool:
    """Does the comma at token ``j`` close an aside that opens with "which", "who" or
    "whose"? Then the subject stands before the aside, and the words after the verb
    are its object, never a speaker set after it ("Channel Six, which airs the show,
    denied any wrongdoing").

    >>> t = "Channel Six , which airs the show , denied".split()
    >>> _closes_relative_aside(t, [w.lower() for w in t], 6)
    True
    >>> t = "“ We are safe , ” said".split()
    >>> _closes_relative_aside(t, [w.lower() for w in t], 4)
    False
    """
    k = j - 1
    while k >= 0 and tok[k] not in (",", "—", "–", "(", "“", "”", '"'):
        k -= 1
    # the aside follows a short subject that opens the sentence ("Channel Six, which"),
    # not a clause that is itself the reported words ("Sales have doubled, which shows
    # the demand is there, said the chairman")
    return (
        1 <= k <= 5
        and tok[k] == ","
        and k + 1 < j
        and low[k + 1] in ("which", "who", "whose")
        and all(t[:1].isupper() or w in _DETS for t, w in zip(tok[:k], low[:k], strict=True))
    )


def _unknown_word(word: str) -> bool:
    """A single word no dictionary has: a name, even where a sentence starts ("Tarnby
    council said"). Not a plural or a compound, which may be a rarer spelling of a
    common noun ("Paediatricians", "Food-law specialists")."""
    return word.isalpha() and not word.endswith("s") and not in_dictionary(word.lower())


def _pointed_back(sp: _Speaker, S) -> _Speaker:
    """``sp``, found in the sentence before, as the speaker the pronoun opening S stands for."""
    sp.resolve_note = f"'{S.tok[0]}' points back to {sp.speaker}, in the sentence before"
    sp.mention, sp.start, sp.end = S.tok[0], S.ts[0], S.te[0]
    return sp


def _kin_and_kin(low: list[str], x: int) -> bool:
    """Do the words from ``x`` read "son and daughter": two family words joined by "and"?

    >>> _kin_and_kin(["her", "son", "and", "daughter"], 1), _kin_and_kin(["son", "and", "dog"], 0)
    (True, False)
    """
    return x + 2 < len(low) and low[x] in _KIN and low[x + 1] == "and" and low[x + 2] in _KIN


def _describes(word: str) -> bool:
    """Does ``word`` look like a describing word before a noun ("sharply", "worded",
    "written", "brief")?

    >>> [_describes(w) for w in ("sharply", "worded", "written", "brief", "the", "minister")]
    [True, True, True, True, False, False]
    """
    return word.endswith(("ly", "ed", "en")) or word in _PLAIN_DESCRIBING


def _same_body(x: _Speaker, y: _Speaker) -> bool:
    """The same speaker, an organisation named with or without its place counting once.

    >>> police = lambda name: _Speaker(name, name, 0, 1, "institution", False, "")
    >>> _same_body(police("Dunmere police"), police("police"))
    True
    >>> _same_body(police("the Health Ministry"), police("the Finance Ministry"))
    False
    """
    a, b = x.speaker.casefold(), y.speaker.casefold()
    if a == b:
        return True
    if x.source_type != "institution" or y.source_type != "institution":
        return False
    a, b = a.removeprefix("the "), b.removeprefix("the ")
    return a.endswith(" " + b) or b.endswith(" " + a)


def _unpossessed(word: str) -> str:
    """The word without a final possessive "’s", "'s", "’" or "'".

    >>> _unpossessed("Putin’s"), _unpossessed("Reuters'"), _unpossessed("Jones")
    ('Putin', 'Reuters', 'Jones')
    """
    if word.endswith(("’s", "'s")):
        return word[:-2]
    if word.endswith(("’", "'")):
        return word[:-1]
    return word


def _is_word_char(c: str) -> bool:
    """What the regular expression ``\\w`` matches: a letter, a digit or "_"."""
    return c.isalnum() or c == "_"


def _the_before(text: str, phrase: str, whole_word: bool) -> bool:
    """``\\b[Tt]he\\s+PHRASE`` (then ``\\b`` if ``whole_word``) occurs in ``text``.

    >>> _the_before("He met the  Kremlin team.", "Kremlin", True)
    True
    >>> _the_before("He met the Kremlins.", "Kremlin", True), _the_before("Athe Kremlin", "Kremlin", False)
    (False, False)
    """
    if not phrase:
        return re.search(r"\b[Tt]he\s+" + (r"\b" if whole_word else ""), text) is not None
    n = len(text)
    pos = text.find(phrase)
    while pos >= 0:
        k = pos  # "\s+" is the whole run of white space before the phrase
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if (
            k < pos
            and k >= 3
            and text[k - 3 : k] in ("the", "The")
            and (k == 3 or not _is_word_char(text[k - 4]))
        ):
            if not whole_word:
                return True
            end = pos + len(phrase)
            after = end < n and _is_word_char(text[end])
            if _is_word_char(text[end - 1]) != after:
                return True
        pos = text.find(phrase, pos + 1)
    return False


def _bounded(s: str, a: int, b: int) -> bool:
    """Is s[a:b] a whole word or phrase (not part of a longer word)?"""
    if a and (s[a - 1].isalnum() or s[a - 1] in "-_@#’'"):
        return False
    return not (b < len(s) and (s[b].isalnum() or s[b] in "-_"))


class _Phrases:
    """Fixed phrases, found by a word look-up and ``str.find`` (see the module notes).

    A word "..." inside a phrase stands for up to three words.
    """

    __slots__ = (
        "by_first",
        "keys",
        "flex",
        "cache",
        "tags",
        "flex_tags",
        "at",
        "near",
        "vocab",
        "flex_need",
    )

    def __init__(self, phrases):
        self.cache: dict[str, tuple[int, int, str] | None] = {}
        self.by_first: dict[str, list[tuple[str, list[str]]]] = {}
        self.flex: list[tuple[tuple[str, ...], re.Pattern]] = []  # (its words, pattern)
        for p in phrases:
            key = " ".join(p.lower().split())
            words = _WORD.findall(key)
            if not words:
                continue
            if "..." in key.split():
                rx = r"\s+".join(
                    r"(?:\S+\s+){0,3}?\S+" if w == "..." else re.escape(w) for w in key.split()
                )
                self.flex.append((tuple(words), re.compile(rx)))
                continue
            # indexed by its longest word: a rare word lets few phrases through to str.find
            self.by_first.setdefault(max(words, key=len), []).append((key, words))
        self.keys = frozenset(self.by_first) | {kw[0] for kw, _ in self.flex}
        self.tags: dict[str, list[str]] = {}
        self.flex_tags: dict[str, list[str]] = {}
        # for find_tagged (filled in by _tagged): per anchor word, the phrases to check
        # wherever it stands and whether some phrase has a word right before or after
        # it; those phrases by that pair of words ("is said", "said to"); the words to
        # report; and the "..." phrases with the word they need
        self.at: dict[str, tuple[list[_Entry], bool, bool]] = {}
        self.near: dict[str, list[_Entry]] = {}
        self.vocab: frozenset[str] = frozenset()
        self.flex_need: list[tuple[str, re.Pattern, list[str]]] = []

    def find(
        self, low: str, words, lo: int = 0, hi: int | None = None
    ) -> list[tuple[int, int, str]]:
        """Non-overlapping matches in ``low`` (already lower-case); ``words`` holds its words."""
        hi = len(low) if hi is None else hi
        out = []
        for w in self.keys & words:
            for key, kw in self.by_first.get(w, ()):
                if len(kw) > 1 and not words.issuperset(kw):
                    continue
                n = len(key)
                pos = low.find(key, lo, hi)
                while pos >= 0:
                    if _bounded(low, pos, pos + n):
                        out.append((pos, pos + n, key))
                    pos = low.find(key, pos + 1, hi)
        for kw, rx in self.flex:
            if words.issuperset(kw):
                for m in rx.finditer(low, lo, hi):
                    if _bounded(low, m.start(), m.end()):
                        out.append((m.start(), m.end(), m.group()))
        if len(out) > 1:
            out.sort(key=lambda t: (t[0], -t[1]))
            kept, last = [], -1
            for t in out:
                if t[0] >= last:
                    kept.append(t)
                    last = t[1]
            out = kept
        return out

    def find_tagged(self, low: str) -> tuple[dict[str, list[tuple[int, int, str]]], set[str]]:
        """For an index built by :func:`_tagged`: matches per tag (non-overlapping within a
        tag), and the article's words among those the rules look up (the anchor words,
        the words "..." phrases need, and the ``also`` words given to :func:`_tagged`).

        The article's runs of letters a-z are its words here: one ``str.split`` of the
        text with every other character made a space gives them all, and a set
        look-up per word, made in C by ``map``, picks out the anchor words. Each
        phrase anchored there is then checked in place with ``startswith``; a phrase
        with more words is checked only where the word beside the anchor is its own
        ("said to be" only where "to" follows "said"). This gives the same matches as
        a ``str.find`` loop per phrase (a phrase that stands as a whole word or phrase
        always has its anchor word as a whole run of letters a-z at its offset, and
        the runs beside it as in the phrase), with one read of the text instead of
        some fifty.

        >>> hits, words = _rules().index.find_tagged("mr. smith said, according to aides.")
        >>> hits["verb"], hits["source"], sorted(words)
        ([(10, 14, 'said')], [(16, 28, 'according to')], ['according', 'said'])
        """
        # a-z kept, every other character a space (non-ASCII first becomes "?"):
        # the same length as ``low``, so positions carry over
        letters = " " + low.encode("ascii", "replace").translate(_ASCII_LETTERS).decode() + " "
        runs = letters.split()
        per: dict[str, list[tuple[int, int, str]]] = {}
        words: set[str] = set()
        at, near = self.at, self.near
        size = len(low)
        p = 0  # in ``letters``: the space before the word; in ``low``: the word's start
        for k in compress(count(), map(self.vocab.__contains__, runs)):
            w = runs[k]
            p = letters.find(f" {w} ", p)  # the first place after the word before
            words.add(w)
            plan = at.get(w)
            if plan is not None:
                entries, before, after = plan
                if before and k:
                    entries = entries + near.get(f"{runs[k - 1]} {w}", [])
                if after and k + 1 < len(runs):
                    entries = entries + near.get(f"{w} {runs[k + 1]}", [])
                for d, key, n, tags in entries:
                    s = p - d
                    if s < 0 or not low.startswith(key, s):
                        continue
                    # _bounded(low, s, s + n), written out: this runs for every candidate
                    if s and (low[s - 1].isalnum() or low[s - 1] in "-_@#’'"):
                        continue
                    e = s + n
                    if e < size and (low[e].isalnum() or low[e] in "-_"):
                        continue
                    hit = (s, e, key)
                    for tag in tags:
                        if tag in per:
                            per[tag].append(hit)
                        else:
                            per[tag] = [hit]
            p += len(w) + 1
        # a phrase with "..." needs all its words; its longest word is checked first
        # (a match implies them all, so a weaker test finds the same matches)
        for need, rx, tags in self.flex_need:
            if need in words:
                for m in rx.finditer(low):
                    if _bounded(low, m.start(), m.end()):
                        for tag in tags:
                            per.setdefault(tag, []).append((m.start(), m.end(), m.group()))
        for tag, out in per.items():
            if len(out) > 1:
                out.sort(key=_by_start_longest)
                kept, last = [], -1
                for t in out:
                    if t[0] >= last:
                        kept.append(t)
                        last = t[1]
                per[tag] = kept
        return per, words

    def search(self, s: str) -> tuple[int, int, str] | None:
        """The first phrase in a short string (results are remembered)."""
        cache = self.cache
        if s in cache:
            return cache[s]
        low = s.lower()
        words = set(_WORD.findall(low))
        found = self.find(low, words) if not self.keys.isdisjoint(words) else None
        if len(cache) > 4096:
            cache.clear()
        cache[s] = hit = found[0] if found else None
        return hit


#: a phrase as find_tagged checks it: (offset of its anchor word, the phrase, its length, tags)
_Entry = tuple[int, str, int, list[str]]


def _by_start_longest(t: tuple[int, int, str]) -> tuple[int, int]:
    return t[0], -t[1]


# Frequent words make poor anchors (see _tagged): each of their places would be checked
_COMMON_ANCHORS = (_STOP | _DETS | _PREPS | set(_PRONOUNS)) - {
    "said",
    "told",
    "says",
    "tells",
    "wrote",
}


def _anchor_word(words: list[str]) -> str:
    """The word a phrase is anchored at: its longest word that is not a common one, if any."""
    return max(words, key=lambda w: (w not in _COMMON_ANCHORS, len(w)))


def _tagged(lists: dict[str, list[str]], also=()) -> _Phrases:
    """One index over several phrase lists; :meth:`_Phrases.find_tagged` says which list matched.

    ``also``: more words :meth:`_Phrases.find_tagged` should report when the text has them.
    """
    every = [p for phrases in lists.values() for p in phrases]
    index = _Phrases(every)
    seen_flex = {rx.pattern for _, rx in index.flex}
    for tag, phrases in lists.items():
        for p in phrases:
            key = " ".join(p.lower().split())
            if "..." in key.split():
                rx = r"\s+".join(
                    r"(?:\S+\s+){0,3}?\S+" if w == "..." else re.escape(w) for w in key.split()
                )
                if rx in seen_flex:
                    index.flex_tags.setdefault(rx, []).append(tag)
            elif _WORD.findall(key):
                tags = index.tags.setdefault(key, [])
                if tag not in tags:
                    tags.append(tag)
    # one entry per distinct phrase in the index
    for w, entries in index.by_first.items():
        uniq, seen = [], set()
        for key, kw in entries:
            if key not in seen:
                seen.add(key)
                uniq.append((key, kw))
        index.by_first[w] = uniq
    index.flex = list({rx.pattern: (kw, rx) for kw, rx in index.flex}.values())
    # each phrase is anchored at one of its words, at that word's offset in the phrase;
    # a phrase of more words is filed under the anchor and the word before it (or,
    # for a phrase that starts with its anchor, the word after it)
    alone: dict[str, list[_Entry]] = {}
    before: set[str] = set()
    after: set[str] = set()
    for entries in index.by_first.values():
        for key, kw in entries:
            w = _anchor_word(kw)
            runs = [(m.start(), m.group()) for m in _WORD.finditer(key)]
            r = next(r for r, (_, run) in enumerate(runs) if run == w)
            entry = (runs[r][0], key, len(key), index.tags[key])
            if r > 0:
                index.near.setdefault(f"{runs[r - 1][1]} {w}", []).append(entry)
                before.add(w)
            elif r + 1 < len(runs):
                index.near.setdefault(f"{w} {runs[r + 1][1]}", []).append(entry)
                after.add(w)
            alone.setdefault(w, [])
            if r == 0 and len(runs) == 1:
                alone[w].append(entry)
    index.at = {w: (entries, w in before, w in after) for w, entries in alone.items()}
    index.flex_need = [(max(kw, key=len), rx, index.flex_tags[rx.pattern]) for kw, rx in index.flex]
    vocab = set(index.at) | {need for need, _, _ in index.flex_need}
    index.vocab = frozenset(vocab | {w for w in also if _WORD.fullmatch(w)})
    return index


@dataclass
class _Verb:
    form: str
    lemma: str
    channel: str | None
    judging: bool
    when: str
    base: bool  # the plain form ("say", "post"): needs a plural subject or a helping verb
    ing: bool = False  # the form starts with an -ing word ("saying")


@dataclass
class _Rules:
    index: _Phrases
    verbs: dict[str, _Verb]
    nouns: dict[str, str]
    channel_of: dict[str, str]
    platform_names: frozenset
    told: dict[str, str]
    outlets: frozenset
    outlet_words: frozenset
    outlet_nouns: _Phrases
    generic_outlets: frozenset
    anon_heads: frozenset
    vague_subjects: frozenset
    spokes: _Phrases
    inst_names: _Phrases
    inst_words: frozenset
    org_endings: frozenset
    apposition_nouns: tuple
    facility_after: re.Pattern  # "the Corran Fluorotech plant": the name is an organisation
    facility_words: frozenset  # the nouns of facility_after ("plant", "factory")
    documents: frozenset
    places: frozenset
    titles: dict[tuple, str | None]
    title_words: frozenset
    title_max: int
    gender: dict[str, str]
    where_said: dict[str, tuple[str, ...]]
    crowd_plurals: frozenset
    authored: frozenset


@cache
def _rules() -> _Rules:
    _TITLE_CACHE.clear()
    verbs: dict[str, _Verb] = {}
    for row in _read("saying_verbs.txt")[""]:
        forms = [f.strip().lower() for f in row[0].split(",") if f.strip()]
        channel = row[1] if len(row) > 1 and row[1] not in ("-", "") else None
        judging = len(row) > 2 and row[2] == "judging"
        when = row[3] if len(row) > 3 else "always"
        for f in forms:
            # "read" and "put" are also their own past tense ("It read: ...", "As he put it,
            # ..."), so they are not only plain forms
            base = f == forms[0] and f not in ("read", "put", "put it")
            verbs[f] = _Verb(
                f, forms[0], channel, judging, when, base, f.split()[0].endswith("ing")
            )
    nouns_file = _read("speech_nouns.txt")
    nouns = {r[0].lower(): (r[1] if len(r) > 1 else "") for r in nouns_file["nouns"]}
    vague = _read("vague_sources.txt")
    ch = _read("channels.txt")
    channel_of = {r[0]: r[1] for r in ch["nouns"]}
    outlets = _read("news_outlets.txt")
    anon = _read("anonymous_sources.txt")
    inst = _read("institutions.txt")
    titles: dict[tuple, str | None] = {}
    for row in _read("titles.txt")[""]:
        key = tuple(w.lower().rstrip(".") for w in row[0].split())
        titles[key] = row[1] if len(row) > 1 and row[1] else None
    gender: dict[str, str] = {}
    names = _read("first_names.txt")
    for g in ("she", "he"):
        for row in names.get(g, []):
            gender[row[0]] = g
    platform_names = [r[0] for r in ch["platforms"]]
    index = _tagged(
        {
            "verb": list(verbs),
            "source": ["according to", "citing", "quoted"],
            # (with the curly apostrophe too: "Hexby Coroner’s Court heard")
            "vague": [
                p for r in vague["phrases"] for p in dict.fromkeys((r[0], r[0].replace("'", "’")))
            ],
            "noun": list(nouns),
            "attached": [r[0] for r in nouns_file["attached"]],
            "not_speech": [r[0] for r in _read("not_speech.txt")[""]],
            "no_comment": [r[0] for r in _read("no_comment.txt")[""]],
            "channel": list(channel_of),
            "platform": platform_names,
            "outlet_noun": [r[0] for r in outlets["nouns"]],
            "anon": [r[0] for r in anon["markers"]],
        },
        # the other words _Article looks up in its ``words``
        also=[r[0].lower() for r in inst["apposition"]]
        + [r[0].lower() for r in inst["facilities"]]
        + ["which", "it", "its", "reported", "broke", "online", *_SPEAKING],
    )
    return _Rules(
        index=index,
        verbs=verbs,
        nouns=nouns,
        channel_of=channel_of,
        platform_names=frozenset(platform_names),
        told={r[0].lower(): r[1] for r in ch["told"]},
        outlets=frozenset(r[0] for r in outlets["names"]),
        outlet_words=frozenset(r[0] for r in outlets["words"]),
        outlet_nouns=_Phrases(r[0] for r in outlets["nouns"]),
        generic_outlets=frozenset(r[0].lower() for r in outlets["generic"]),
        anon_heads=frozenset(r[0].lower() for r in anon["heads"]),
        vague_subjects=frozenset(r[0].lower() for r in vague["subjects"]),
        spokes=_Phrases(r[0] for r in _read("spokespeople.txt")[""]),
        inst_names=_Phrases(r[0] for r in inst["names"]),
        inst_words=frozenset(r[0].lower() for r in inst["words"]),
        org_endings=frozenset(r[0] for r in inst["name endings"]),
        apposition_nouns=tuple(r[0].lower() for r in inst["apposition"]),
        facility_words=frozenset(r[0].lower() for r in inst["facilities"]),
        facility_after=re.compile(
            r"\b[Tt]he\s+([A-Z][\w’'-]*\w(?:\s+[A-Z][\w’'-]*\w){0,2})\s+(?:"
            + "|".join(re.escape(r[0].lower()) for r in inst["facilities"])
            + r")\b"
        ),
        documents=frozenset(r[0].lower() for r in _read("documents.txt")[""]),
        places=frozenset(r[0] for r in _read("places.txt")[""]),
        titles=titles,
        # (the place or body that opens an American office, "County Executive", "City
        # Manager", is no title word alone: "the council said" is the council)
        title_words=frozenset(w for t in titles for w in t) - _OFFICE_PLACES,
        title_max=max(len(t) for t in titles),
        gender=gender,
        where_said={r[0].lower(): tuple(w.strip() for w in r[1].split(",")) for r in ch["places"]},
        crowd_plurals=frozenset(r[0].lower() for r in vague["crowds"]),
        authored=frozenset(r[0].lower() for r in ch["authored"]),
    )


def newspaper_name_words() -> frozenset[str]:
    """The words that end a newspaper's name ("Gazette", "Tidende"; the ``[words]`` of
    ``news_outlets.txt``). Framing's newsroom weasel ("The Gazette understands") uses
    the same list, so one file says what a newspaper is called."""
    return _rules().outlet_words


# ---------------------------------------------------------------------------
# Small records.
# ---------------------------------------------------------------------------
@dataclass
class _Speaker:
    """Who a cue points at, with the words that decided it (for the explanation)."""

    speaker: str | None
    mention: str
    start: int
    end: int
    source_type: str
    named: bool
    type_reason: str
    resolve_note: str = ""
    kind: str = "person"  # person, org, group, doc: what a later pronoun may point back to
    gender: str | None = None
    head: str = ""  # the head noun of a description ("official"), for "the official" later
    channel_hint: tuple[str, str] | None = (
        None  # ("statement", "a statement from") when the words say how
    )
    staff: str = ""  # "analysts at the bank": people of a body, described (see _staff_of_body)


@dataclass
class _Cue:
    rule: str
    cs: int
    ce: int
    sp: _Speaker
    verb: _Verb | None = None
    inverted: bool = False
    phrase_cue: bool = False
    outer: bool = False  # the reported words come before the speaker ("..., she said")
    content: tuple[int, int] | None = None
    embeds: bool = True
    sid: int = 0
    idx: int = 0
    para: int = 0
    quotes: list = field(default_factory=list)
    direct: bool = False
    channel: str = "unspecified"
    ch_reason: str = ""
    ch_explicit: bool = False
    cited: bool = False  # "citing X", "quoted X as saying": a source of its own, never part of another's words
    merged: list = field(default_factory=list)  # cues of the same speaker in the same sentence
    far_speaker: bool = False  # the speaker is the subject at the start ("..., saying", "and said")
    # a second source of the same cue ("according to A and B")
    also: list = field(default_factory=list)


# what a body named "Bureau of ..." or "Office for ..." keeps, when its name ends in a
# word that also names texts ("the Bureau of National Statistics", "the Office for Road Data")
_KEPT_RECORDS = frozenset(["Statistics", "Records", "Data", "Archives", "Research", "Census"])
# the legal endings of a firm's name, after which "Two Names of ..." is someone who works
# there ("Dana Whitcomb of Whitcomb & Rhee LLP"; not "Standard Chartered of Kenya Group")
_FIRM_SUFFIXES = frozenset(["LLP", "LLC", "Inc", "Inc.", "Ltd", "Ltd.", "PLC", "plc", "Partners"])
# a sentence that ends on someone's silence, with no request named ("It did not reply.",
# "The authority did not respond by publication time.")
_BARE_SILENCE = re.compile(
    r"\b(?:did not|didn't|didn’t|has not|have not|had not|has yet to|had yet to) "
    r"(?:immediately )?(?:respond|reply|replied|responded|answer|answered)\b"
    r"(?: by [\w ,]{0,30}| on [\w ,]{0,30}| before [\w ,]{0,30})?\.$"
)
# words before it that make it no refusal: a condition ("if the board did not respond by
# March") or a clause about something that happened ("... but the referee did not respond")
_CLAUSE_BEFORE_SILENCE = frozenset(["if", "unless", "when", "whether", "until", "but", "and"])
# an opening phrase that says the reporter asked ("When contacted, ...", "Asked whether he
# would resign, ...", "When approached by the Nation, ...", and a columnist's "When I asked
# the council how much it had saved, ...")
_ASKED_OPENER = re.compile(
    r"(?:When (?:contacted|approached|reached|asked)|Asked|Approached|Contacted)\b[^,]{0,60}, "
    r"|When (?:I|we) (?:asked|rang|phoned|called|emailed|wrote to|contacted|approached)\b"
    r"[^,]{0,90}, "
)
# a question someone else put, before a silence ("Asked by the judge whether ...")
_ASKED_BY = re.compile(r"(?:When asked|Asked|Questioned)\b[^,]{0,40}? by (?!reporters|journalists)")
# closing quotation marks, left out where they stand between a comma and "but"
_QUOTE_CLOSERS = re.compile(r"(?<=[,;])[”’\"']")
# where someone lives or works, after a word for a person ("a farmer outside Dunford")
_PLACE_AFTER_PERSON = frozenset(["outside", "beyond", "across", "around"])
# texts of research or inquiry, which speak for themselves even when someone published them
_RESEARCH_TEXTS = frozenset(
    ["report", "reports", "study", "studies", "paper", "survey", "analysis", "research"]
    + ["review", "audit", "investigation", "inquiry", "assessment", "evaluation"]
    + ["white paper", "green paper", "policy paper", "discussion paper"]
)
# what a capitalised office is for, before a comma and its holder's name ("Minister for
# Lands, Grace Obi", "Secretary of the Treasury, ...")
_OFFICE_OF = re.compile(
    r" (?:for|of) (?:the )?[A-Z][\w’'-]*(?: (?:and |of |the )?[A-Z][\w’'-]*){0,4}(?=, )"
)
# "the" and a name's capitalised words, just before a crowd's word ("the Valmérac Wine
# Growers": a group's name, not a person's)
_THE_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|of) (?:[A-Z][\w’'-]* ){1,4}$")
# things posted that say nothing themselves ("Videos posted on social media showed ...")
_MEDIA_NOUNS = frozenset(
    ["photo", "photos", "video", "videos", "footage", "image", "images", "clip", "clips"]
    + ["picture", "pictures", "pics", "screenshot", "screenshots", "comments", "posts"]
)
# a sentence opening with a pronoun and words said or written, or a later telling ("She
# wrote:", "He urged members ...", "Hours later she told the Courier")
_PRONOUN_SAYS = re.compile(
    r"(?:[A-Z][\w ]{0,20} )?(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+"
    r"(?:later\s+|also\s+)?(?:said|wrote|added|urged|told|called|warned|insisted|claimed)\b"
    r"(?!\s+(?:nothing|him|her|them|me|us)\b)"
)
_QUOTE_THEN_PRONOUN = re.compile(r"[,!?][”\"’']\s+(?:he|she|they|it)\s+(?:wrote|said|added)\b")
# a plural's apostrophe and a capitalised word, just after a name ("the Bus Workers’
# Alliance"): the name is part of a body's
_PLURAL_OWNER_OF_NAME = re.compile(r"(?<=s)[’'] [A-Z]")
# a habit of saying, before "to say" ("likes to say", "loves to claim")
_FOND_OF = frozenset(["like", "likes", "liked", "love", "loves", "loved"])
_WISH_AUX = frozenset(["would", "should", "could", "might", "’d", "'d", "to"])
# the verbs of a clause "I speak to", "we talked to" before the people's own verb
_CLAUSE_SPOKE_TO = frozenset(["speak", "spoke", "spoken", "talk", "talked", "write", "wrote"])
# what opens a sentence whose subject a clause with no "who" describes ("A girl I tested
# told me", "Every caretaker I know says", "Most growers we spoke to said")
_CONTACT_OPENERS = frozenset(["a", "an", "one", "every", "most", "many", "some", "the"])
# crowds that "there" may follow before their verb ("Residents there say", "farmers there")
_THERE_CROWDS = frozenset(
    ["residents", "people", "locals", "farmers", "traders", "parents", "workers", "villagers"]
    + ["fishermen", "tenants", "shopkeepers", "officials", "staff", "families", "growers"]
)
# more people a headline names by a bare noun, who are no bodies ("agent tells jury")
_HEADLINE_NOT_A_BODY = _HEADLINE_PEOPLE | frozenset(
    ["agent", "family", "source", "sources", "insider", "pal", "pals"]
)
# words that put a finding inside someone else's report ("..., the court heard")
_HEARD_AFTER = re.compile(
    r", (?:the |a )?[\w ]{0,30}?(?:heard|was told|were told)\b|\baccording to\b"
)
# past tenses with no "-ed" that a clause's verb may take ("a man the police shot")
_SHORT_PASTS = frozenset(["shot", "hit", "sent", "sold", "bought", "caught", "fought", "beat"])
# someone described with "a"/"an" and up to two describing words ("a staff nurse", "a
# retired bus driver")
_A_PERSON = re.compile(r"\b(?:a|an|my) ((?:[a-z-]+ ){0,2}[a-z-]+)\b")
# "a" or "an" before a word, after "my X" (someone else may be described)
_A_SOMEONE = re.compile(r"\b(?:a|an) [a-z]")
# words for a person that also name things or events ("a host to 4,000 students", "a general
# election", "a head start")
_THING_TOO = frozenset(["host", "general", "head", "guide", "chair", "major"])
# nouns that are themselves what was found ("found failings that were putting residents at
# risk"), not a thing found and then described
_FINDING_NOUNS = frozenset(
    ["failings", "failures", "errors", "problems", "breaches", "payments", "shortfalls"]
    + ["flaws", "irregularities", "discrepancies", "weaknesses", "risks", "gaps", "hole"]
)
# words of longer titles that name no one alone ("Director General", "head of", "Chief
# Constable", "Secretary of State")
_TITLE_PARTS = frozenset(
    ["general", "head", "state", "chief", "deputy", "senior", "acting", "interim", "former"]
    + ["assistant", "vice", "lord", "lady", "high", "principal", "special", "first", "home"]
)
# words after a word for a person that make both a thing ("a care home", "a coach trip")
_MAKES_A_THING = frozenset(
    ["home", "homes", "trip", "trips", "start", "election", "service", "station", "centre"]
    + ["center", "office", "room", "house", "school", "team", "company", "scheme", "fund"]
)
# a text someone issued, before its noun ("issued a statement", "filed a motion to",
# "sent a two-page letter"), and the opening "In a letter to the council, X objected"
_ISSUED_A = re.compile(
    r"\b(?:issued|released|sent|filed|lodged|published|put out|submitted|wrote|circulated)"
    r" (?:a|an|its|their|his|her) (?:[\w’'-]+ ){0,4}?"
)
_IN_A_TEXT = re.compile(r"In (?:a|an|its|their|his|her) (?:[\w’'-]+ ){0,3}?")
# an account a post was put on, and its owner ("posted on the Raziabad Police’s X account")
_ON_AN_ACCOUNT = re.compile(
    r"\b(?:posted|shared|published|put out) (?:on|to) (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*){0,4})"
    r"(?:’s|'s) (?:official )?(?:[A-Z]\w* )?(?:account|page|feed|channel)\b"
)
# who a text came from, inside "In a news release from Corwin State, "
_FROM_A_BODY = re.compile(r" (?:from|by) ((?:the )?[A-Z])")
# the capitalised parts of a joined-up name ("NewsVeld": News, Veld)
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")
# a newsroom's words that make a joined-up name a newsroom's ("NewsVeld", "HuffPost")
_JOINED_NEWSROOM = frozenset(["News", "Post", "Times", "Herald", "Daily", "Gazette", "Tribune"])
# a nickname set in quotation marks inside a name ('Ernesto “Ernie” Gatchalian')
_NICKNAME = re.compile(r"[“\"‘][A-Z][\w.-]*[”\"’]")
# after a nickname: the surname, then what follows a name in a sentence (a comma, a full
# stop, a bracket or a word in lower case), not a headline's next capitalised word
# ("Ruto ‘Betrayed’ Kenyans, Says Gachagua", "Minister Says “Sorry” Over Delays")
_NICKNAME_AFTER = re.compile(r" [A-Z][\w’'-]+(?:[.;:)]| \(| [a-z]|, [a-z\d]|$)", re.MULTILINE)


def _nickname_in_name(text: str, o: int, c: int) -> bool:
    """Are the quotation marks at o and c a nickname between a first name and a surname?"""
    if c - o > 24 or not _NICKNAME.fullmatch(text, o, c + 1):
        return False
    before = text[max(0, o - 20) : o]
    after = _NICKNAME_AFTER.match(text, c + 1, c + 40)
    return (
        after is not None
        and before.endswith(" ")
        and before[:-1].rsplit(None, 1)[-1:] != []
        and before[:-1].rsplit(None, 1)[-1][:1].isupper()
        and before[:-1][-1:].isalpha()
    )


def _drop_nicknames(tok: list[str], ts: list[int], te: list[int], opens: set[int]) -> None:
    """Leave out the three tokens of each nickname (its marks and its word), in place."""
    for i in range(len(tok) - 3, -1, -1):
        if ts[i] in opens:
            del tok[i : i + 3], ts[i : i + 3], te[i : i + 3]


def _joined_newsroom(name: str, org_endings) -> bool:
    """Is a one-word name a newsroom's, joined up from a newsroom's word ("NewsVeld",
    "HuffPost"; not "RadioShack", "SunExpress", "NewsCorp")?"""
    parts = _CAMEL_PARTS.findall(name)
    return (
        len(parts) > 1
        and (parts[0] == "News" or parts[-1] in _JOINED_NEWSROOM)
        and parts[-1] not in org_endings
        and parts[-1] not in ("Corp", "Guard", "Media")
    )


def _a_person_word(w: str, titles) -> bool:
    """A word for a person, or a title that names one ("executive", "minister"; not the
    small words of longer titles: "of", "general", "head", "chief")."""
    return _is_person_word(w) or (w in titles and len(w) > 3 and w not in _TITLE_PARTS)


def _drop_bracketed_ages(tok: list[str], ts: list[int], te: list[int]) -> None:
    """Leave out an age in brackets after a name ("housewife Chandrika Malkanthi (46)
    said"), in place, so that the name stands right before its verb."""
    for i in range(len(tok) - 3, 0, -1):
        if (
            tok[i] == "("
            and tok[i + 2] == ")"
            and tok[i + 1].isdigit()
            and len(tok[i + 1]) <= 3
            and tok[i - 1][:1].isupper()
            and tok[i - 1].isalpha()
        ):
            del tok[i : i + 3], ts[i : i + 3], te[i : i + 3]


class _Sentence:
    """Tokens of one sentence with absolute offsets and quotation flags."""

    __slots__ = ("sid", "idx", "part", "text", "start", "end", "tok", "low", "ts", "te", "q")

    def __init__(self, sent: dict, idx: int, art: _Article, upto: int | None = None):
        self.sid = sent["id"]
        self.idx = idx
        self.part = sent["part"]
        self.text = sent["text"]
        self.start = sent["start"]
        self.end = sent["end"]
        base = self.start
        # the rules look at most a dozen words past a cue, so a long sentence's tail
        # after the last cue is not split into words
        stop = len(self.text) if upto is None else max(0, min(len(self.text), upto - base))
        if stop < len(self.text):
            space = self.text.find(" ", stop)
            stop = len(self.text) if space < 0 else space
        tok, ts, self.te = _tokens(self.text[:stop], base)
        if art.nicknames:
            _drop_nicknames(tok, ts, self.te, art.nicknames)
        if "(" in self.text:
            _drop_bracketed_ages(tok, ts, self.te)
        if (
            len(tok) > 1
            and len(tok[0]) >= 4
            and tok[0].isupper()
            and tok[1].islower()
            and idx == art.first_body
            # ("HEARTS says", "BOOTS said it would": one body or one person)
            and tok[1] not in ("says", "has", "is", "was")
            and _PERSONAL.isdisjoint(tok[1:10])
            and "it" not in tok[1:10]
            and "its" not in tok[1:10]
        ):
            tok[0] = _lede_capitals(tok[0], art.R)
        self.tok, self.ts = tok, ts
        self.low = list(map(str.lower, tok))
        if "WHO" in tok:  # the World Health Organization, never the pronoun "who"
            self.low = ["w.h.o." if t == "WHO" else w for t, w in zip(tok, self.low, strict=True)]
        q = [""] * len(tok)
        for o, c in art.quotes_in(self.start, self.end):
            a = bisect_left(ts, o)
            b = bisect_right(ts, c)
            q[a:b] = ["in"] * (b - a)
            if a < len(ts) and ts[a] == o:
                q[a] = "open"
            if b - 1 >= 0 and ts[b - 1] == c:
                q[b - 1] = "close"
        self.q = q

    def index_at(self, pos: int) -> int:
        return bisect_left(self.ts, pos)

    def span(self, a: int, b: int) -> str:
        """Text of tokens a..b inclusive, as written."""
        return self.text[self.ts[a] - self.start : self.te[b] - self.start]

    def is_word(self, i: int) -> bool:
        if 0 <= i < len(self.tok) and not self.q[i]:
            c = self.tok[i][0]
            return c.isalnum() or c == "_"  # _is_word_char, written out: this is called often
        return False


# ---------------------------------------------------------------------------
# The article: quotations, people, and the rules applied sentence by sentence.
# ---------------------------------------------------------------------------
class _Article:
    def __init__(self, text: str, sentences: list[dict], parts: list[dict]):
        self.R = _rules()
        self.text = text
        self.low = text.lower()
        # ``words``: the words of the article (runs of a-z) among those the rules look up
        self.hits, self.words = self.R.index.find_tagged(self.low)
        self.sentences = sentences
        self.sent_starts = [s["start"] for s in sentences]
        # the lede: the first sentence of the body
        self.first_body = next((k for k, s in enumerate(sentences) if s["part"] == "body"), -1)
        self.parts = parts or [{"kind": "body", "start": 0, "end": len(text)}]
        self.part_starts = [p["start"] for p in self.parts]
        self.quotes = self._find_quotes()
        self.q_opens = [q[0] for q in self.quotes]
        self.attrs: list[_Cue] = []
        self._pending: list[_Cue] = []
        self._needs_doc = False
        self._surname_cache: dict[str, str | None] = {}
        self._ending_cache: dict[str, list[tuple[int, str]]] = {}
        self._cap_index: dict[str, list[int]] | None = None  # capitalised word -> positions
        self._spoke_hits: list[re.Match] | None = None  # "spoke to the Post", in order
        # per surname, where each full name with it stands: (position, full name), in order
        self._surname_mentions: dict[str, list[tuple[int, str]]] = {}
        # couples named together ("Catriona and Iain MacPhail"), each to the other
        self._partners: dict[str, str] = {}
        self._role_cache: dict[tuple[str, str], str | None] = {}
        self._first_cache: dict[tuple, list] = {}
        self._count_cache: dict[str, int] = {}
        self._known_cache: dict[str, bool] = {}
        self._person_cache: dict[str, bool] = {}
        self._name_ok: dict[tuple, bool] = {}
        self._the_cache: dict[tuple[str, bool], bool] = {}
        # a word "involved" lower-cased is in the lower-cased article (no character
        # outside ASCII lower-cases to one of its letters)
        self._involved = "involved" in self.low
        self._learned: dict[str, str] | None = None
        self._titled: frozenset[str] | None = None  # names after "Dr", "Ms" ... (_titled_names)
        self._learned_first: dict[str, tuple[str, str]] | None = None
        self._hits: list | None = None
        self._credits: frozenset[str] | None = None
        self._kin_named: set[str] = set()  # "Siobhán Cusack" of "Her daughter, Siobhán,"
        self._body_prefixes: set[str] | None = None
        self._silent_cues: dict[int, str] = {}  # saying-verbs whose clause is only silence
        self._on_air: list[tuple[int, str]] | None = None
        self._hit_starts: list[int] = []
        self._tag_starts: dict[str, list[int]] = {}
        self.gender: dict[str, str] = {}
        # the copyright line names the publisher ("© 2026 The Bellingara Advocate"), never a
        # person whose surname "the Advocate" could be
        self._copyright = [
            (p["start"], p["end"]) for p in self.parts if p.get("kind") == "copyright"
        ]

    # quotations -----------------------------------------------------------
    def _find_quotes(self) -> list[tuple[int, int]]:
        text = self.text
        quotes = []
        # every quotation mark of the article, found once; each part takes its own
        marks = quote_marks(text)
        for part in self.parts:
            if part.get("kind") in ("credit", "copyright"):
                continue
            a, b = part["start"], part["end"]
            open_d = open_s = -1
            for i in marks[bisect_left(marks, a) : bisect_left(marks, b)]:
                c = text[i]
                if c == "“":
                    if open_d < 0:
                        open_d = i
                elif c == "”":
                    if open_d >= 0:
                        quotes.append((open_d, i))
                        open_d = -1
                elif c == '"':
                    if open_d < 0:
                        open_d = i
                    else:
                        quotes.append((open_d, i))
                        open_d = -1
                elif open_d < 0 and (open_s >= 0 or c != "’"):
                    # single marks, only outside double quotes; a "’" with no single
                    # quotation open is an apostrophe ("Putin’s") and changes nothing
                    before = text[i - 1] if i > a else " "
                    after = text[i + 1] if i + 1 < b else " "
                    if c in "‘'" and open_s < 0 and not before.isalnum() and after.isalpha():
                        # (not an elision: "rock 'n roll", "'til dusk", "give 'em", "'tis")
                        if (c == "‘" or before in " (—–") and not _ELISION.match(text, i + 1):
                            open_s = i
                    elif (
                        c in "’'"
                        and open_s >= 0
                        and not before.isspace()
                        and not after.isalnum()
                        # ("'The lads' attitude was brilliant'": a plural's possessive)
                        and not (before == "s" and after == " " and text[i + 2 : i + 3].islower())
                    ):
                        quotes.append((open_s, i))
                        open_s = -1
            if open_d >= 0:  # a quotation that runs on into the next paragraph
                quotes.append((open_d, b))
            elif open_s >= 0 and text[b : b + 8].lstrip()[:1] == text[open_s]:
                # the same in single marks: the next paragraph opens with the same mark
                # ("Ashby said: 'The board thanks Paul. / 'He leaves with our best wishes.'")
                quotes.append((open_s, b))
        quotes.sort()
        # 'Ernesto “Ernie” Gatchalian': a nickname inside a name is no quotation; the
        # sentences leave its words out, so that the name reads 'Ernesto Gatchalian'
        self.nicknames = {o for o, c in quotes if _nickname_in_name(text, o, c)}
        return [q for q in quotes if q[0] not in self.nicknames]

    def _inside_quote(self, k: int) -> bool:
        """Does sentence k start inside a quotation (not at its opening mark)?"""
        return self.quote_role(self.sentences[k]["start"]) == "in"

    def quote_role(self, pos: int) -> str:
        """'open', 'close', 'in' (inside a quotation) or '' for a character position."""
        k = bisect_right(self.q_opens, pos) - 1
        if k < 0:
            return ""
        o, c = self.quotes[k]
        if pos == o:
            return "open"
        if pos == c:
            return "close"
        return "in" if o < pos < c else ""

    def quotes_in(self, a: int, b: int) -> list[tuple[int, int]]:
        """Quotations that overlap the character range [a, b).

        Those that open in [a, b), and the one that opens last before ``a`` if it is
        still open at ``a`` (each quotation closes after it opens, so only that one
        can have closed before ``a``).
        """
        opens = self.q_opens
        k = bisect_left(opens, a)
        if not k:
            return self.quotes[: bisect_left(opens, b)]
        k -= 1
        out = self.quotes[k : bisect_left(opens, b, k)]
        if out and out[0][1] < a:
            del out[0]
        return out

    def _hits_between(self, tag: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The phrases of one list that start in [lo, hi), found by bisection.

        A tag's hits are sorted and do not overlap (see :meth:`_Phrases.find_tagged`),
        so a long article is not read through once per speaker.
        """
        hits = self.hits.get(tag, ())
        starts = self._tag_starts.get(tag)
        if starts is None:
            starts = self._tag_starts[tag] = [h[0] for h in hits]
        return hits[bisect_left(starts, lo) : bisect_left(starts, hi)]

    # people ----------------------------------------------------------------
    def _split_title(self, words: list[str]) -> tuple[list[str], str, list[str]]:
        """(title words lower-case, qualifier before the title, the name after it)."""
        key = tuple(words)
        hit = _TITLE_CACHE.get(key)
        if hit is None:
            if len(_TITLE_CACHE) > 4096:
                _TITLE_CACHE.clear()
            hit = _TITLE_CACHE[key] = self._split_title_uncached(words)
        return hit

    def _split_title_uncached(self, words: list[str]) -> tuple[list[str], str, list[str]]:
        R = self.R
        low = [w.lower().rstrip(".") for w in words]
        best, best_title, qual = -1, [], ""
        for i in range(len(low)):
            if low[i] not in R.title_words and low[i] not in _OFFICE_PLACES:
                continue
            if low[i] == "di" and words[i] != "DI":
                continue  # the rank "DI", not "Luigi Di Maio"
            if low[i] == "cr" and words[i] != "Cr":
                continue  # an Australian councillor, not the window firm "CR Smith"
            for n in range(min(R.title_max, len(low) - i), 0, -1):
                if tuple(low[i : i + n]) in R.titles:
                    if i + n - 1 > best:
                        best, best_title, qual = i + n - 1, low[i : i + n], " ".join(low[:i])
                    break
        if best >= 0:
            return best_title, qual, words[best + 1 :]
        return [], "", words

    def _could_be_name(self, name: list[str]) -> bool:
        key = tuple(name)
        hit = self._name_ok.get(key)
        if hit is None:
            hit = self._name_ok[key] = self._could_be_name_uncached(name)
        return hit

    def _could_be_name_uncached(self, name: list[str]) -> bool:
        R = self.R
        joined = " ".join(name)
        if joined in R.places or joined in R.outlets or joined in self.learned():
            return False
        # a surname that is also an organisation word ("Samantha Power", "Tom Rail") is still a
        # name when a known first name stands before it
        first_name = len(name) == 2 and name[0] in R.gender
        for w in name:
            lw = w.lower().rstrip(".")
            if lw in _WEEKDAYS:
                return False
            if lw in _MONTHS:
                if not (first_name or (len(name) >= 2 and name[0] in R.gender)):
                    return False  # not "Helen May", "April Jones": a first name before it
            elif (lw in R.inst_words and not _first_name_then_body_word(name, R.gender)) or (
                lw in _NAME_STOP
            ):
                return False  # (but "Charlotte Church", "Tom Parish": a first name before it)
            if w in R.org_endings and (
                first_name
                # "Dr Anneke Rovers" in the article, and "Rovers said" on its own too: a
                # person, whatever the surname (not "Dr Oetker Foods", a firm's name)
                or len(name) >= 2
                and joined in self._titled_names()
                and self._alone_elsewhere(name[-1])
            ):
                continue
            if w in R.outlet_words or w in R.org_endings or w in R.platform_names or w in R.outlets:
                return False
            if len(w) > 2 and w.isupper() and not _INITIALS.fullmatch(w):
                return False  # (but "J.K. Rowling": initials)
        return R.inst_names.search(joined) is None

    def _caps_before(self, pos: int) -> list[str]:
        """The capitalised words standing right before ``pos`` ("US President Donald ")."""
        text, words, k = self.text, [], pos
        while len(words) < 4 and k >= 2 and text[k - 1] in " \u00a0":
            # the word starts after the last white space: after the last space
            # (``str.rfind``) when no other white space stands between (every other
            # white space character is unprintable), else looked for character by character
            s = text.rfind(" ", 0, k - 1) + 1
            if not text[s : k - 1].isprintable():
                s = k - 1
                while s > 0 and not text[s - 1].isspace():
                    s -= 1
            w = text[s : k - 1]
            if w in _NAME_PARTICLES and s >= 2 and text[s - 1] == " ":
                # "Paulo de Souza", "Anouk van der Berg": a particle inside a name, when a
                # capital (or another particle) stands right before it, on the same line
                t = s - 1
                while t > 0 and not text[t - 1].isspace():
                    t -= 1
                before = text[t : s - 1]
                if (before[:1].isupper() or before in _NAME_PARTICLES) and before[
                    -1:
                ] not in ",;:)”\"’'":
                    words.insert(0, w)
                    k = s
                    continue
                break
            if not words and _NICKNAME.fullmatch(w) and s >= 2 and text[s - 1] == " ":
                # 'Ernesto “Ernie” Gatchalian', 'Marco "Ziplash" Fenn': a nickname in
                # quotation marks between the first name and the surname is stepped over
                t = text.rfind(" ", 0, s - 1) + 1
                if text[t : s - 1][:1].isupper() and text[t : s - 1][-1:].isalpha():
                    k = s
                    continue
            if (
                not w
                or not w[0].isupper()
                or w[-1] in ",;:)”\"’'"
                or w.lower() in _OPENERS  # not "Outside Wrenfold's store": a place
                or (words and w.lower() in _BEFORE_A_NAME)  # not "Resident Doreen Fitch"
            ):
                break
            if (
                w.endswith(".")
                and w[:-1].lower() not in _ABBREV
                and len(w) > 2
                and not (
                    # "J.K. Rowling", but not "by the F.B.I. Officials", "Newark, N.J. Police"
                    _INITIALS.fullmatch(w)
                    and w[:-1] not in _INITIALISMS
                    and (text[max(0, s - 12) : s].split() or ["."])[-1].lower()
                    not in _NOT_BEFORE_INITIALS
                    and w.lower() not in ("a.m.", "p.m.")  # "at 3 P.M. Councillors said"
                    and not (words and _common_plural(words[0]))  # "moved to L.A. Fans said"
                    and not text[max(0, s - 2) : s].startswith(",")
                )
            ):
                break
            words.insert(0, w)
            k = s
        return words

    def _day_as_first_name(self, name: list[str]) -> bool:
        """A day's or a month's name given as a first name, then a surname ("Sunday
        Nwosu", "Monday Okafor"): only after a title, which the callers check."""
        return (
            len(name) >= 2
            and (name[0].lower() in _WEEKDAYS or name[0].lower() in _MONTHS)
            and self._could_be_name(name[1:])
        )

    def _surname_full(self, word: str) -> str | None:
        """The full name the article gives for a surname ("Trump" -> "Donald Trump")."""
        if word in self._surname_cache:
            return self._surname_cache[word]
        if _ARTICLE_NAME.match(word[:1].lower() + word[1:]) and word[:1].isupper():
            # "Al-Fayez said" opening a sentence: "Omar al-Fayez", as the article wrote him
            full = self._surname_full(word[:1].lower() + word[1:])
            if full is not None:
                self._surname_cache[word] = full
                return full
        text, n = self.text, len(word)
        mentions: list[tuple[int, str]] = []
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        pos = text.find(word)
        while pos >= 0:
            end = pos + n
            if (
                (pos == 0 or not text[pos - 1].isalnum())
                and (end >= len(text) or not text[end].isalnum())
                and not self.quote_role(pos)
                # "The Skelvig Fishermen's Association": part of a body's name, no surname
                and not self._crowd_in_body_name(word, end)
                and not any(a <= pos < b for a, b in self._copyright)
            ):
                before = self._caps_before(pos)
                _t, _q, name = self._split_title([*before, word])
                while name and name[0].lower() in _NAME_STOP:
                    name = name[1:]
                owner = max(
                    (k for k, w in enumerate(name[:-1]) if _unpossessed(w) != w), default=-1
                )
                name = name[owner + 1 :]  # "Harbour Lane’s Kelly": the show's, no name of hers
                if len(name) >= 2 and (
                    self._could_be_name(name)
                    # "Mr Sunday Nwosu ... Nwosu said"
                    or (_t and self._day_as_first_name(name))
                ):
                    full = " ".join(_unpossessed(w) for w in name)
                    counts[full] = counts.get(full, 0) + 1
                    first.setdefault(full, pos)
                    partner = self._partner_before(pos, name, word)
                    if partner:
                        # "Catriona and Iain MacPhail": Catriona MacPhail is named too
                        counts[partner] = counts.get(partner, 0) + 1
                        first.setdefault(partner, pos)
                        mentions.append((pos, partner))
                    mentions.append((pos, full))
                    if _t:
                        g = self.R.titles.get(tuple(_t))
                        if g:
                            self.gender.setdefault(full, g)
            pos = text.find(word, end)
        if (
            not counts
        ):  # names written family name first: "Kim" for "Kim Jong Un", "Xi" for "Xi Jinping"
            pos = text.find(word)
            while pos >= 0:
                end = pos + n
                if (pos == 0 or not text[pos - 1].isalnum()) and not self.quote_role(pos):
                    m = _NAME_AFTER.match(text, end)
                    if m and not m.group().startswith(".") and "\n" not in m.group():
                        name = [word, *m.group(1).split()]
                        if (
                            self._could_be_name(name)
                            and self._caps_before(pos)
                            and not any(w in self.R.title_words for w in [w.lower() for w in name])
                            or self._given_name_of(name, pos)
                        ):
                            full = " ".join(name)
                            counts[full] = counts.get(full, 0) + 1
                            first.setdefault(full, pos)
                pos = text.find(word, end)
        best = max(counts, key=lambda f: (counts[f], -first[f])) if counts else None
        if best:
            g = self.R.gender.get(best.split()[0])
            if g:
                self.gender.setdefault(best, g)
        self._surname_cache[word] = best
        self._surname_mentions[word] = mentions
        return best

    def _some_studies(self) -> None:
        """ "Some studies suggest", "some laboratory studies show": texts nobody names, so the
        source is vague (the claim still came in writing: the channel stays a document)."""
        for c in self.attrs:
            sp = c.sp
            words = sp.mention.lower().split()
            if (
                sp.source_type == "document"
                and len(words) in (2, 3)
                and words[0] in ("some", "several", "many", "other")
                and words[-1] in _TEXTS_NOBODY_NAMES
            ):
                c.sp = replace(
                    sp,
                    source_type="vague",
                    kind="group",
                    type_reason=f"'{sp.mention}' names no study in particular, so the source is "
                    "vague",
                )

    def _sectors_as_crowds(self) -> None:
        """ "The industry claims", "its defenders say", "The big retailers say": a whole
        trade, or everyone on one side, not people the reporter could name, so vague (as
        "critics say" is). Not a bare "the banks" (often the banks the article just named),
        nor a trade the article has counted ("the big six banks", "both retailers")."""
        for c in self.attrs:
            sp = c.sp
            if sp.source_type != "anonymous":
                continue
            m = _SECTOR.fullmatch(sp.mention.lower())
            if m is None:
                continue
            trade = m["trade"]
            if trade and re.search(
                rf"\b(?:two|three|four|five|six|seven|both|several of the)\s+(?:\w+\s+)?{trade}\b",
                self.low,
            ):
                continue
            c.sp = replace(
                sp,
                source_type="vague",
                kind="group",
                type_reason=f"'{sp.mention}' is a whole trade or side, nobody in particular, so the "
                "source is vague",
            )

    def _one_of_them_named(self) -> None:
        """ "Dozens of residents commented. One, Jenny Ashworth, wrote", "One of them, the
        former Olympic sculler Tomasz Wiercik, posted", "one regular, a retired postman named
        Dennis Ambrose, told me": one of a crowd, then the name set off by commas, is that
        person (the name may follow a description, a title, or "named"/"called")."""
        for c in self.attrs:
            sp = c.sp
            if sp.source_type not in ("anonymous", "vague") or sp.mention.lower().split()[
                :1
            ] not in (["one"], ["another"]):
                continue
            m = _ONE_NAMED.match(self.text, sp.start, c.cs if c.cs > sp.start else sp.end + 160)
            if m is None:
                continue
            rest = self.text[m.end() : c.cs] if c.cs > sp.start else ""
            if any(ch in rest for ch in '“”".;:') or len(rest) > 60:
                continue  # only asides between the name and the verb
            who, _ = self._person(m["name"].split())
            if not who or " " not in who:
                continue
            if who.split()[0] not in self.R.gender and not (
                m["title"] or " named " in m.group() or " called " in m.group()
            ):
                continue  # a known first name or a title (not "the owner of Patel's Corner Shop")
            c.sp = _named_as(
                sp,
                who,
                f"'{self.text[sp.start : m.end() - 1]}' names the one who spoke: {who}",
                gender=self.gender.get(who),
            )

    def _spouses_named(self) -> None:
        """ "Her husband added" after Catriona MacPhail spoke, when the article named
        "Catriona and Iain MacPhail" together: the husband is Iain MacPhail."""
        last = None
        for c in self.attrs:
            sp = c.sp
            words = sp.mention.lower().split()
            if (
                last is not None
                and sp.source_type == "anonymous"
                and len(words) == 2
                and words[1] in _SPOUSES
                and _POSS_PRONOUNS.get(words[0]) == self._sex_of(last)
            ):
                partner = self._partners.get(last)
                if partner and self._sex_of(partner) in (None, _SPOUSES[words[1]]):
                    c.sp = replace(
                        sp,
                        speaker=partner,
                        source_type="named_person",
                        named=True,
                        type_reason=f"{partner} is a named person speaking for themselves",
                        resolve_note=f"'{sp.mention}' is {partner}, named together with {last}",
                        gender=self._sex_of(partner),
                    )
                    sp = c.sp
            if sp.source_type == "named_person" and sp.speaker:
                last = sp.speaker

    def _partner_before(self, pos: int, name: list[str], surname: str) -> str | None:
        """ "Catriona and Iain MacPhail": the given name before "and" shares the surname
        (``name`` is the full name found at ``pos``, its given name first). Records the
        couple in ``_partners`` (for "Her husband added") and the partner's sex."""
        start = self.text.rfind(name[0], max(0, pos - 60), pos)
        if start < 0:
            return None
        m = _PARTNER_AND.search(self.text, max(0, start - 30), start)
        if m is None or m.end() != start or m[1] not in self.R.gender or m[1] == name[0]:
            return None
        partner = f"{m[1]} {surname}"
        self.gender.setdefault(partner, self.R.gender[m[1]])
        full = " ".join(name)
        self._partners.setdefault(partner, full)
        self._partners.setdefault(full, partner)
        return partner

    def _given_name_of(self, name: list[str], pos: int) -> bool:
        """Is ``name`` (a word and the capitals after it, at ``pos``) a person named by the
        article, so that the word alone stands for them: a given name written first
        ("Reality star Keeley Marsh ... Keeley added") or a family name written first
        ("Chan Mei-ling ... Chan said")? Only two words, no title or body's word among
        them, and one sign of a person: a given name with a hyphen second, the second word
        used alone elsewhere, an age after the name, or "her"/"his" in its clause."""
        if len(name) != 2 or not self._could_be_name(name) or name[1] in self.R.org_endings:
            return False
        if any(w.lower() in self.R.title_words or w.lower() in self.R.inst_words for w in name):
            return False
        if "-" in name[1] and name[1].split("-")[1][:1].islower():
            return True  # "Chan Mei-ling": a given name with a hyphen, after the family name
        if (
            self._surname_full(name[1]) == " ".join(name)
            # (alone, and not "the Millions draw" after "Lottoplay Millions")
            and len(re.findall(rf"(?<![\w-])(?<!the ){re.escape(name[1])}(?![\w-])", self.text))
            > self.text.count(" ".join(name))
        ):
            return True  # "Marsh" alone is Keeley Marsh too
        # a person by what follows: an age ("Keeley Marsh, 29,") or "her"/"his" in the same
        # clause ("Keeley Marsh has broken her silence")
        after = self.text[pos : pos + 80].split(".")[0]
        return bool(
            re.match(r"[\w’' -]+, \d{1,3},", after)
            or re.search(r"\b(?:has|had|is|was) \w+ (?:her|his) ", after)
        )

    def _count(self, word: str) -> int:
        if word not in self._count_cache:
            self._count_cache[word] = self.text.count(word)
        return self._count_cache[word]

    def _known_name(self, word: str) -> bool:
        """Is this capitalised word a name: a known surname, or capitalised inside a sentence?"""
        if word in self._known_cache:
            return self._known_cache[word]
        ok = self._surname_full(word) is not None
        if not ok:
            pos = self.text.find(word)
            while pos >= 0 and not ok:
                k = pos - 1
                while k >= 0 and self.text[k] == " ":
                    k -= 1
                if k >= 0 and pos - k > 1 and (self.text[k].islower() or self.text[k] in ",;"):
                    # not "the Skelvig Fishermen's Association": a body's name
                    ok = _bounded(self.text, pos, pos + len(word)) and not (
                        self._crowd_in_body_name(word, pos + len(word))
                    )
                pos = self.text.find(word, pos + 1)
        self._known_cache[word] = ok
        return ok

    def _person(self, words: list[str], at: int | None = None) -> tuple[str | None, str]:
        """(full name, how it was resolved) for a capitalised name, titles left out.

        A surname alone is the full name the article gives for it; when several people
        share the surname and ``at`` (the mention's position) is given, the one named last
        before ``at`` ("Samir Bakri, 44, ..." then "Bakri said" is Samir, even if Yasmin
        Bakri is named more often).
        """
        owner = max((k for k, w in enumerate(words[:-2]) if _unpossessed(w) != w), default=None)
        if owner is not None and (
            words[owner + 1] in self.R.gender or self._could_be_name(words[owner + 1 :])
        ):
            words = words[owner + 1 :]  # "Harbour Lane’s Kelly Dawes": the show's Kelly Dawes
        words = [_unpossessed(w) for w in words if w != "."]
        title, _qual, name = self._split_title(words)
        if title and name and name[0] == "of":
            return None, ""  # "The Mayor of Elmbridge": an office and its place, no name
        while name and (name[0].lower() in _NAME_STOP or not _capital(name[0])):
            if (
                name[0] in _NAME_PARTICLES
                and len(name) >= 2
                and (name[1][:1].isupper() or name[1] in _NAME_PARTICLES)
            ):
                break  # "de Souza", "de la Cruz": the particle starts the name
            name = name[1:]
        if not name:
            return None, ""
        if (
            not self._could_be_name(name)
            # "Rovers said" after "Dr Anneke Rovers": a surname that is also a body's word
            and not (len(name) == 1 and self._surname_full(name[0]))
            # "Mr Sunday Nwosu", "Mrs Monday Okafor", after a title
            and not (title and self._day_as_first_name(name))
        ):
            return None, ""
        note = ""
        if len(name) >= 2 and name[0].lower() in _NAME_PARTICLES:
            # "De Gaulle said" after "Charles de Gaulle": the surname with its particle
            whole = self._surname_full(name[-1])
            if whole and whole.lower().endswith(" " + " ".join(name).lower()):
                name = whole.split()
        if len(name) >= 2:
            full = " ".join(name)
            g = self.R.gender.get(name[0])
            if g:
                self.gender.setdefault(full, g)
        else:
            full = self._surname_full(name[0]) or name[0]
            if at is not None and full != name[0]:
                before = [
                    f
                    for p, f in self._surname_mentions.get(name[0], ())
                    # (a relative given the family's surname answers only to a title: "Ms
                    # Cusack", not a bare "Cusack")
                    if p < at and (title or f not in self._kin_named)
                ]
                if before:
                    full = before[-1]
                g = self.R.titles.get(tuple(title)) if title else None
                if g and before:  # "Ms Hart": only a woman of that surname
                    before = [f for f in before if self._sex_of(f) in (None, g)] or before
                    full = before[-1]

            if full != name[0]:
                note = f"'{name[0]}' is the {full} named elsewhere in the article"
        if title:
            g = self.R.titles.get(tuple(title))
            if g:
                self.gender.setdefault(full, g)
            if not note:
                tw = " ".join(words[: len(words) - len(name)])
                note = f"the title '{tw}' is left out of the name"
        return full, note

    def _resolve_role(self, role: str, qual: str, spelled: bool = False) -> str | None:
        """The person the article introduced with this title ("the minister" -> "Anna Berg");
        with ``spelled``, also with the title written the other way (a headline's "CEO" for
        the story's "chief executive Ingrid Solberg")."""
        key = (role, qual, spelled)
        if key in self._role_cache:
            return self._role_cache[key]
        text, low = self.text, self.low
        cands: dict[str, int] = {}
        # "the senator" is also the one introduced as "Sen. Dana Whitcomb"
        other = _SPELLED_OUT.get(role, ()) if spelled else ()
        for form in (role, *_SHORT_FORMS.get(role, ()), *other):
            pos = low.find(form)
            while pos >= 0:
                end = pos + len(form)
                if _bounded(low, pos, end) and not self.quote_role(pos):
                    m = _NAME_AFTER.match(text, end)
                    if form != role and form not in other and not (m and m.group().startswith(".")):
                        m = None  # a short form is written with its full stop
                    elif m and m.group().startswith(".") and len(m.group(1).split()) < 2:
                        m = None  # "... is an officer. Back at the gate": a new sentence
                    if m and (
                        text[pos].isupper()
                        or role in self.R.title_words
                        or tuple(role.split()) in self.R.titles  # "opposition leader Dalia Remeny"
                    ):
                        words = m.group(1).split()
                        run = _NAME_RUN.match(text, m.start(1))
                        if (
                            run
                            and run.end() > m.end(1)
                            and _NAME_PARTICLES.intersection(run.group().split())
                        ):
                            words = run.group().split()  # "Judge Thomas de Lacy"
                        ok = True
                        before = low[max(0, pos - 30) : pos].split()[-2:]
                        if qual:
                            ok = qual in before
                        elif before[-1:] and before[-1] in _OTHER_OFFICE:
                            ok = False  # "the minister" is not "Prime Minister Ivo Raskin"
                        if ok:
                            full, _ = self._person(words)
                            if full:
                                cands.setdefault(full, len(cands))
                pos = low.find(form, end)
        if not cands and not qual:
            for alias in (role, *_ROLE_ALIASES.get(role, ())):
                for full in self._named_beside(alias):
                    cands.setdefault(full, len(cands))
        best = None
        if len(cands) > 1 and role in _SHORT_FORMS_NEW:
            cands = {}  # "the colonel" with two colonels named: which one is not said
        if cands:
            best = max(cands, key=lambda f: (self._count(f.split()[-1]), -cands[f]))
        self._role_cache[key] = best
        return best

    def _named_beside(self, role: str) -> list[str]:
        """People the article names beside ``role``, set off by commas: "Miriam Kessel,
        the presiding judge," and "the trust's chief executive, Simon Okafor," (in
        that order of their places), and "Justice Miriam Kessel" for an alias title."""
        text, low = self.text, self.low
        out: list[str] = []
        pos = low.find(role)
        while pos >= 0:
            end = pos + len(role)
            if _bounded(low, pos, end) and not self.quote_role(pos):
                words = None
                after = _NAME_AFTER.match(text, end)
                if after and text[pos].isupper():
                    words = after.group(1).split()  # "Justice Miriam Kessel"
                elif text.startswith(", ", end):
                    named = _NAME_AFTER.match(text, end + 1)  # "the chief executive, Dag Holm,"
                    if named and text.startswith(",", named.end()):
                        words = named.group(1).split()
                elif text[pos].isupper() and (office := _OFFICE_OF.match(text, end)):
                    # "The Minister for Lands, Grace Obi,": the office, what it is for, the name
                    named = _NAME_AFTER.match(text, office.end() + 1)
                    if named and text.startswith(",", named.end()):
                        words = named.group(1).split()
                if words is None:
                    # "Miriam Kessel, the presiding judge": a name, a comma, a few small words
                    lead = text[max(0, pos - 60) : pos]
                    m = _NAME_THEN_ROLE.search(lead)
                    if (
                        m
                        and text[end : end + 1] in (",", ".", ";", " ")
                        and not (text.startswith(" of", end) or text.startswith(" at", end))
                    ):
                        words = m.group(1).split()
                if words:
                    full, _ = self._person(words)
                    if full and " " in full:
                        out.append(full)
            pos = low.find(role, end)
        return out

    def _first_people(self, idx: int, first_only: bool = False) -> list[tuple[int, str]]:
        """People a sentence mentions, in order (names and roles such as "the president")."""
        key = (idx, first_only)
        if key in self._first_cache:
            return self._first_cache[key]
        sent = self.sentences[idx]
        a, b = sent["start"], sent["end"]
        out: list[tuple[int, str]] = []
        byline = sent["part"] == "other" and sent["text"].startswith("By ")
        if sent["part"] not in ("credit", "copyright") and not byline:  # not the writer
            for m in _NAME_RUN.finditer(self.text, a, b):
                if self.quote_role(m.start()):
                    continue
                words = m.group().split()
                if (
                    len(words) >= 3
                    and (words[0].lower() in _BEFORE_A_NAME or self._a_person([words[0].lower()]))
                    and words[1] in self.R.gender
                ):
                    # "Quarterback Devin Hargrove", "Beekeeper Hannah Corrie": what she is,
                    # then the name
                    words = words[1:]
                nxt = _JOB_THEN_NAME.match(self.text, m.end(), b)
                # (one word between: not "Ruby Cole beat favourite Tia Marsh")
                if nxt and words[0] not in self.R.gender:
                    job = nxt[1]
                    if (
                        (nxt[2] in self.R.gender or nxt[3])
                        and job not in _DETS
                        and job not in ("and", "or", "but", "nor")
                        and job not in _PREPS
                        and job not in self.R.verbs
                        and (self._a_person([job]) or job in _FAME_WORDS)
                    ):
                        continue  # "Sunset Villa favourite Keeley Marsh": her show, not a person
                if len(words) == 1 and self.text[m.start() - 1 : m.start()] == " ":
                    # "de la Cruz pressed her": the particles before a surname are the name's
                    before = self.text[max(a, m.start() - 30) : m.start()].split()
                    lead = before[-2:]
                    while lead and lead[0] not in _NAME_PARTICLES:
                        lead = lead[1:]
                    # not after a describing word: "the white van Hale was driving" (but
                    # after a job: "captain van Dijk", "the defender de Ligt")
                    prior = before[-len(lead) - 1] if len(before) > len(lead) else ""
                    if (
                        lead
                        and all(w in _NAME_PARTICLES for w in lead)
                        and not (
                            prior[:1].islower()
                            and prior[-1:].isalpha()
                            and not _is_person_word(prior)
                            and not self._a_person([prior])
                        )
                    ):
                        words = lead + words
                if self.low[max(a, m.start() - 6) : m.start()].split()[-1:] in (
                    ["her"],
                    ["his"],
                    ["their"],
                    ["its"],
                ) and not any(
                    w in self.R.gender or w.lower().rstrip(".") in self.R.title_words for w in words
                ):
                    # "the rest of her Paper Moons tour": a name of her things (not "his MP
                    # Ann Roe", "her GP Dr Sam Nair": a person)
                    continue
                if (
                    _PLURAL_OWNER_OF_NAME.match(self.text, m.end())
                    and words[0] not in self.R.gender
                    and _is_person_word(words[-1].lower()[:-1])
                ):
                    continue  # "the Bus Workers’ Alliance": a body's name, no person (not
                    # "Gareth Williams’ Land Rover")
                alone = len(words) == 1 and self._introduced_as_person(words[0])
                if len(words) == 1 and not alone and not self._known_name(_unpossessed(words[0])):
                    continue
                if words[0] not in self.R.gender:
                    before = self.low[max(a, m.start() - 16) : m.start()].split()[-2:]
                    if before and before[-1] in ("st.", "st", "mt.", "ft.", "saint"):
                        before = before[:-1]
                    if before and (
                        before[-1] in _PLACE_PREPS
                        or (before[-1] == "on" and before[:1] in (["speaking"], ["appearing"]))
                        # "attacked on Mont Ventoux", "surfed on Bondi Beach": a place
                        or words[0] in _PLACE_FIRST_WORDS
                        or words[-1] in _PLACE_LAST_WORDS
                        or (words[-1] in _SHORE_LAST_WORDS and before[-1] in _SHORE_PREPS)
                    ):
                        # "Born in St. Boniface, Marie Beaulieu ...": a place; "Speaking on
                        # Morning Brew": a programme
                        continue
                full, _ = self._person(words)
                titled = len(words) == 2 and words[0].lower().rstrip(".") in self.R.title_words
                alone = alone or (titled and full is not None)  # "President Biden"
                if (
                    full
                    and full.split()[-1].lower() in _STREET_WORDS
                    and full.split()[0] not in self.R.gender
                ):
                    continue  # "a boy on Brennock Street": a place, not whom "he" means
                if full and (" " in full or alone):
                    out.append((m.start(), full))
                    if first_only:
                        b = m.start()
                        break
            low = self.low
            pos = low.find("the ", a, b)
            while pos >= 0:
                rest = low[pos + 4 : pos + 40].split()
                for n in (2, 1):
                    role = tuple(w.strip(",.;:") for w in rest[:n])
                    if role in self.R.titles and len(role) == n:
                        who = self._resolve_role(" ".join(role), "")
                        if who:
                            out.append((pos, who))
                        break
                    if (
                        n == 2
                        and len(rest) >= 2
                        and (tuple([rest[1].strip(",.;:")]) in self.R.titles)
                    ):
                        who = self._resolve_role(rest[1].strip(",.;:"), rest[0])
                        if who:
                            out.append((pos, who))
                            break
                pos = low.find("the ", pos + 4, b)
            out.sort()
        self._first_cache[key] = out
        return out

    def _resolve_pronoun(
        self, pron: str, pos: int, idx: int
    ) -> tuple[str | None, _Cue | None, str, str | None]:
        """(speaker, earlier attribution or None, kind, gender) the pronoun points back to."""

        def fits(kind, gender, cue):
            if pron == "one":
                # one person, not "two people familiar with the decision"
                return kind == "person" and not (
                    cue is not None
                    and cue.sp.mention.lower().split()[:1]
                    and (
                        cue.sp.mention.lower().split()[0] in _SMALL_COUNTS | _VAGUE_QUANT
                        or cue.sp.mention.lower().split()[-1] in ("people", "sources", "officials")
                    )
                )
            if pron in ("he", "she"):
                return kind == "person" and (gender is None or gender == pron)
            if pron == "they":
                return kind in ("group", "org") or (
                    cue is not None and cue.sp.source_type in ("anonymous", "vague")
                )
            return pron == "it" and kind in ("org", "doc")

        recent = [
            c
            for c in self.attrs[-12:] + self._pending
            if c.sp.speaker and c.sp.start < pos and c.verb is not None
        ]
        reach: list[int] = []
        k = idx
        person = pron in ("he", "she")
        while k >= 0 and len(reach) - sum(person and self._inside_quote(x) for x in reach) < 5:
            # the middle and last sentences of someone's long quotation do not count towards
            # the five ('“One. Two. Three. Four,” she says. She smiled. A rival, she says, ...')
            reach.append(k)
            k -= 1
        for k in reach:
            for c in sorted(
                (c for c in recent if c.idx == k), key=lambda c: c.sp.start, reverse=True
            ):
                gender = (
                    c.sp.gender
                    or self.gender.get(c.sp.speaker)
                    or (None if c.sp.named else _sex_of_noun(c.sp.mention))
                )
                if fits(c.sp.kind, gender, c):
                    return c.sp.speaker, c, c.sp.kind, gender
            if pron not in ("he", "she", "one") or k <= idx - 5:
                continue  # (the longer reach is only for those quoted: people named stay near)
            if k == idx and not any(
                map(str.isupper, self.text[self.sentences[k]["start"] + 1 : pos])
            ):
                # only a capital that starts the sentence: a name there still counts
                # ("Maddox, who phoned the programme, insisted as he ...")
                first = self.text[self.sentences[k]["start"] : pos].split(" ", 1)[0].strip(",")
                first = _unpossessed(first)
                full = self._surname_full(first) if first[:1].isupper() else None
                if not (
                    self._introduced_as_person(first)
                    or (full is not None and full.split()[0] in self.R.gender)
                ):
                    continue  # "Space agencies have ...": a capital, not a person
            if k != idx:
                opens = _OPENING_PRONOUN.match(self.sentences[k]["text"])
                if opens and opens.group(1).lower() == pron:
                    # "Asked about Callum Reyes, he laughed.": that sentence's "he" is the
                    # one meant here too, so look further back, past the name it mentions
                    continue
            people = [m for m in self._first_people(k, first_only=k != idx) if m[0] < pos]
            if k == idx and people:
                sent = self.sentences[k]
                opener = self.low[sent["start"] : sent["start"] + 12].split(" ", 1)[0]
                if opener in _ASKED:
                    # "Asked whether Whitaker should resign, she said": the one asked about
                    # is never the one who answers
                    comma = self.text.find(",", sent["start"], pos)
                    people = [m for m in people if comma < 0 or m[0] > comma]
            for _p, who in people[:1] if k != idx else reversed(people):
                gender = self.gender.get(who)
                if fits("person", gender, None):
                    return who, None, "person", gender
            if (
                k != idx
                and people
                and pron in ("he", "she")
                # only when nobody who spoke before fits ("Sergeant Paul Grey said ...
                # Mary Fox said her son, Dean Fox, ... He said": Paul Grey)
                and not any(
                    fits(c.sp.kind, c.sp.gender or self.gender.get(c.sp.speaker), c) for c in recent
                )
                # nor anyone who opened the sentences before ("Coroner Jane Hale opened
                # the inquest. Dr Paul Reid said Emma Shaw, 9, had died. She said ...")
                and not any(
                    fits("person", self.gender.get(who), None)
                    for k2 in range(max(0, k - 3), k)
                    for _p, who in self._first_people(k2, first_only=True)
                )
            ):
                # "Coach Maria Solis said Ben Oduya had broken the rules. He said ...": the
                # first person is known to be a woman, so "he" is the one other person there
                others = {
                    who
                    for _p, who in self._first_people(k)
                    if who != people[0][1] and fits("person", self.gender.get(who), None)
                }
                if len(others) == 1 and self.gender.get(people[0][1]) not in (None, pron):
                    who = others.pop()
                    return who, None, "person", self.gender.get(who)
            sent = self.sentences[k]
            if (
                k < idx
                and pron in _UNNAMED_PERSON
                and any(
                    not self.quote_role(m.start())  # not "an emotional young man" quoted
                    for m in _UNNAMED_PERSON[pron].finditer(self.low, sent["start"], sent["end"])
                )
            ):
                # "... a woman who knew the victim hugged relatives. She said ...": someone
                # the article does not name came in between
                return None, None, "", None
        return None, None, "", None

    def learned(self) -> dict[str, str]:
        """Names the article itself calls an outlet or an organisation ("the broadcaster Radio North")."""
        if self._learned is not None:
            return self._learned
        self._learned = {}
        _R, text, low = self.R, self.text, self.low
        for a, b, _k in self.hits.get("outlet_noun", ()):
            m = _NAME_AFTER.match(text, b) if text[b : b + 1] != "." else None
            if m:
                name, end = m.group(1), m.end()
                # "the daily La Voz de Tarrenca": a name with a particle inside
                run = _NAME_RUN.match(text, m.start(1))
                if (
                    run
                    and run.end() > end
                    and (_NAME_PARTICLES.intersection(run.group().split()) or " & " in run.group())
                ):
                    name, end = run.group(), run.end()
                if self._name_ends_phrase(end) and not (
                    # "the veteran broadcaster Neil Harker": a person with that job (a
                    # magazine or a station is nobody's job: "the magazine Marie Claire")
                    (self._split_title(name.split())[2] or [""])[0] in _R.gender
                    and low[a:b].split()[-1] in _OUTLET_JOBS
                ):
                    self._learned[name] = "news_agency"
                    if name.startswith("The ") and len(name) > 4:
                        # "the showbiz website The Spill reported": "Spill" is the outlet too
                        self._learned.setdefault(name[4:], "news_agency")
            # "Pharma Ledger, a trade publication,": the name the noun describes
            m = (
                text[b : b + 1] in (",", ".", ";", ")")
                and a > 4
                and _NAME_BEFORE_NOUN.search(text, max(0, a - 80), a)
            )
            if m:
                self._learned.setdefault(_unpossessed(m.group(1)), "news_agency")
        for w in self.R.apposition_nouns:
            if w not in self.words:
                continue
            # "Varro Dynamics, the company that built ...": the name the noun describes
            # (not "a property developer", "the publisher of": people have those jobs)
            pos = low.find(w) if w not in _ALSO_JOBS else -1
            while pos >= 0:
                end = pos + len(w)
                m = (
                    pos > 4
                    and _bounded(low, pos, end)
                    and _ends_description(low, end)
                    and _NAME_BEFORE_KIND.search(text, max(0, pos - 80), pos)
                )
                if (
                    m
                    and m.group(1).split()[0] not in _R.gender
                    # "Dr Helen Ware, a leading authority on ...", "Mr Patel, a retailer": people
                    and m.group(1).split()[0].lower().rstrip(".") not in _R.title_words
                    and not low.startswith(" on ", end)
                ):
                    self._learned.setdefault(_unpossessed(m.group(1)), "institution")
                pos = low.find(w, end)
            pos = low.find(w + ",")
            while pos >= 0:
                m = _NAME_AFTER.match(text, pos + len(w) + 1)
                if (
                    m
                    and _bounded(low, pos, pos + len(w))
                    # not "the Medicines Agency, Ilse Marten,": a noun in capitals ends a name
                    and text[pos].islower()
                    # the name set off by commas, no person's ("In a letter to the
                    # regulator, Janet Moss said": the one writing)
                    and text[m.end() : m.end() + 1] == ","
                    and m.group(1).split()[0] not in _R.gender
                    and m.group(1).split()[0].lower().rstrip(".") not in _R.title_words
                    # not "A spokeswoman for the company, Ilse Marten,": the name is the
                    # spokeswoman's, the company only what she works for
                    # (or "... for the port authority, Ilse Varga,": a word may come between)
                    and not _OBJECT_OF_PREP_WORD.search(low, max(0, pos - 40), pos)
                ):
                    self._learned[_unpossessed(m.group(1))] = "institution"
                pos = low.find(w + ",", pos + 1)
            # "sues former label Halcyon Sound": the name right after its kind, in lower
            # case ("the party Leader" is a title, "label" in a Title Case headline a word)
            pos = low.find(w + " ") if w not in _ALSO_JOBS else -1
            while pos >= 0:
                m = _NAME_AFTER.match(text, pos + len(w))
                nxt = text[m.end() : m.end() + 20].split(None, 1)[:1] if m else []
                if (
                    m
                    and text[pos : pos + 1].islower()
                    and _bounded(low, pos, pos + len(w))
                    and m.group(1).split()[0] not in _R.gender
                    and m.group(1).split()[0].lower() not in _R.title_words
                    # "the group Clear Ledger said", "label Halcyon Sound over"; not "the
                    # club Bram Osterhout joined", where the name is someone else
                    and (
                        not nxt
                        or nxt[0][0] in ",.;:)"
                        or nxt[0] in _AFTER_BODY_NAME
                        or nxt[0] in _R.verbs  # "the firm Kestrel Freight blamed"
                    )
                ):
                    self._learned.setdefault(_unpossessed(m.group(1)), "institution")
                pos = low.find(w + " ", pos + 1)
        # "Grennick Agrochemicals, which makes the spray, said": people take "who", never
        # "which", so a name of two words or more with "which" after it is a body's
        pos = text.find(", which ") if "which" in self.words else -1
        while pos >= 0:
            m = _NAME_WHICH.search(text, max(0, pos - 80), pos)
            end, pos = pos + 8, text.find(", which ", pos + 8)
            if m:
                after = text[end : end + 20].split()[:1]
                if not after or not (
                    after[0] in _R.verbs
                    or after[0] in _AUX
                    or after[0] in _BE
                    or (
                        after[0].endswith(("s", "ed"))
                        and after[0] not in _DETS
                        and after[0] not in _POSS_PRONOUNS
                        and after[0] not in _PRONOUNS
                    )
                ):
                    continue  # "censure Tavish Orrell, which his allies called": the event
                words = m.group(1).split()
                if words[0] in ("The", "A", "An"):
                    words = words[1:]
                if (
                    len(words) >= 2
                    and not self._person_or_place_by_name(words)
                    and not self.quote_role(m.start())
                    # "Kestle Ferries, which ..." when Elspeth Kestle speaks too: her name
                    and not self._introduced_as_person(words[0])
                    and not self._surname_full(words[0])  # no "Elspeth Kestle" elsewhere
                    # a person is named again by the last word alone ("Orrell said")
                    and not self._alone_elsewhere(words[-1], m.start(1))
                ):
                    self._learned.setdefault(" ".join(words), "institution")
        if "it" in self.words or "its" in self.words:
            self._learn_said_it()
        facilities = not self.R.facility_words.isdisjoint(self.words)
        for m in self.R.facility_after.finditer(text) if facilities else ():
            name = m.group(1)
            if (
                name.split()[0] not in self.R.gender
                and not self.quote_role(m.start())
                and not self._introduced_as_person(name)
                and not self._introduced_as_person(name.split()[-1])
            ):
                self._learned.setdefault(name, "institution")
        if "(" in text:
            # the agency named after the dateline is a newsroom: "told OPA" is an interview
            m = _DATELINE_AGENCY.search(text)
            if m:
                for name in m.group(1).split("/"):
                    name = name.strip()
                    # "(OPA)", "(Reuters)", "(hpa)"; not a region in brackets: "KALDBY
                    # (Osterland) —"
                    if name and (
                        name.isupper()
                        or name in _R.outlets
                        or (name.isalpha() and name.islower() and 2 <= len(name) <= 5)
                    ):
                        self._learned.setdefault(name, "news_agency")
                    elif len(name.split()) > 1 and all(w[:1].isupper() for w in name.split()):
                        # "(Continental Press)" when the story says "told CP": its initials
                        initials = "".join(w[0] for w in name.split())
                        if len(initials) > 1 and re.search(rf"\b{initials}\b", text):
                            self._learned.setdefault(name, "news_agency")
                            self._learned.setdefault(initials, "news_agency")
        if (
            "which" in self.words
            and not self.words.isdisjoint(("reported", "broke", "revealed", "published"))
            and _FIRST_REPORTED_TAIL.search(text)
        ):
            for m in _FIRST_REPORTED.finditer(text):
                self._learned.setdefault(m.group(1), "news_agency")
        return self._learned

    def _learn_said_it(self) -> None:
        """Learn as organisations the names whose reported words call them "it"
        ("Halloway Marine said it was proud"): people are "he" or "she".

        "It" alone proves little ("Kate Ellison said it was a shock": the day was), so
        a second sign is needed. A name of one word (people are introduced with a first
        name) needs only an aside that does not describe a person ("Her sponsor, Stryde,
        said it"), or a second mention. A longer name needs a body's word beside it
        ("The firm that maintains them, Geotek Alpin, said it") or, named twice, a
        possession only a body has ("Ashgrove Juniors' ground"). A name the article
        treats as a person's is left alone: a known first name, a title, an age, "he" or
        "she" after it, "his" or "her" in its own sentence, or its last word alone
        elsewhere ("Brandt said it" after "Ilse Brandt")."""
        text = self.text
        for start, end, key in self.hits.get("verb", ()):
            if key not in _SAID_IT_VERBS or not _IT_AFTER_VERB.match(text, end):
                continue
            if self.quote_role(start):
                continue
            n = _NAME_SAID_IT.search(text, max(0, start - 120), start)
            if n is None:
                continue
            words = n.group(1).split()
            if words[0] in ("The", "A", "An"):
                words = words[1:]
            if not words:
                continue
            name = " ".join(_unpossessed(w) for w in words)
            after = (n.group(2) or "").strip(", ").lower()
            before = text[max(0, n.start(1) - 40) : n.start(1)]
            lead = ""
            if before.endswith(", "):
                lead = before[:-2].rsplit(",", 1)[-1].lower()  # "Her sponsor, " + name
            elif before[-1:] == " " and before[-2:-1].isalpha() and before[-2:-1].islower():
                lead = before.split()[-1].lower()  # "Local resident " + name
            kinds = {self._aside_kind(x) for x in (after, lead) if x}
            if "person" in kinds or name in self._learned or after.startswith("of "):
                continue  # "Yusra Bakri of Tadley said it": a person or a firm, unknown
            if len(words) == 1:
                ok = bool(kinds) or self._count(name) >= 2
            else:
                ok = "body" in kinds or (self._count(name) >= 2 and self._held_by_body(name))
                ok = ok and not _HIS_HER.search(text, n.end(), self._sentence_end(n.end()))
            if ok and self._body_not_person(words):
                self._learned[name] = "institution"

    def _aside_head_is_body(self, aside: str) -> bool:
        """Is the head of an aside a body's word ("a patients' watchdog", "the start-up that
        makes ..."; not "the club captain", "the owner of the firm")?"""
        if self._aside_kind(aside) != "body":
            return False
        last = _aside_words(aside)[-1]
        return last in self.R.inst_words or last in self.R.apposition_nouns

    def _aside_kind(self, aside: str) -> str | None:
        """What an aside beside a name describes: "body" ("the firm that maintains
        them", "a charity"), "role" (what a business or a person may be to someone:
        "her sponsor", "the club's owner"), "person" ("the firm's founder", "her agent",
        "58", "who runs the cafe", "a midwife") or None (nothing to tell by)."""
        words = _aside_words(aside)
        if not words or words[0][:1].isdigit() or words[0] in ("who", "whose"):
            return "person"
        R = self.R
        if any(w in R.inst_words or w in R.apposition_nouns for w in words):
            return "body"
        if any(w in _ORG_ROLES for w in words):
            return "role"
        if (
            R.spokes.search(aside)
            or self._a_person(words)
            or any(w.endswith(("ent", "ant")) for w in words)  # "her agent", "a resident"
        ):
            return "person"
        return None

    def _held_by_body(self, name: str) -> bool:
        """Is ``name`` written with something only a body has ("Ashgrove Juniors'
        ground", "Maltby Freight's shares", "Kestrel Air's chief executive")?"""
        text, pos = self.text, self.text.find(name)
        while pos >= 0:
            if _BODY_HAS.match(text, pos + len(name)):
                return True
            pos = text.find(name, pos + 1)
        return False

    def _body_not_person(self, words: list[str]) -> bool:
        """Could these capitalised words be a body's name rather than a person's?"""
        R, text = self.R, self.text
        name = " ".join(words)
        if (
            self._person_or_place_by_name(words)
            or name in R.outlets
            or name in self._titled_names()
            or self._introduced_as_person(name)
            or self._introduced_as_person(words[-1])
            or self._called_he_or_she(name)
        ):
            return False
        if len(words) == 1:
            w = words[0]
            low = w.lower()
            return not (
                low in _STOP
                or low in _DETS
                or low in _PRONOUNS
                # "Officials said it": a common word, capitalised at a sentence's start
                or re.search(rf"\b{re.escape(low)}\b", text) is not None
                # "Arborvale said it" after "Arborvale Sports Capital": short for that name
                or re.search(rf"\b{re.escape(w)}\s+[A-Z]", text) is not None
                or low in R.inst_words
                or low in R.vague_subjects
                or low in R.anon_heads
                or low in R.crowd_plurals
                or low in R.documents
                or self._surname_full(w)
            )
        # a person is named again by the last word alone ("Orrell said")
        return not self._alone_elsewhere(words[-1])

    def _person_or_place_by_name(self, words: list[str]) -> bool:
        """Do the words of a name themselves say it is no body's: a known first name, a
        title, a place, a day or a month ("Elspeth Kestle", "Mayor Ann Bell", "Ostra")?"""
        R = self.R
        return (
            words[0] in R.gender
            or words[0].lower() in R.title_words
            or " ".join(words) in R.places
            or any(w.lower() in _WEEKDAYS or w.lower() in _MONTHS for w in words)
        )

    def _called_he_or_she(self, name: str) -> bool:
        """Is a name followed by "he" or "she" ("Orla Vance told the court she was afraid",
        "... Orla Vance. She said")?"""
        text, pos = self.text, self.text.find(name)
        while pos >= 0:
            end = self._sentence_end(pos)
            if _HE_SHE.search(text, pos, min(end, pos + len(name) + 60)) or _HE_SHE_OPENS.match(
                text, end
            ):
                return True
            pos = text.find(name, end)
        return False

    def _name_ends_phrase(self, end: int) -> bool:
        """Does the name ending at ``end`` stand on its own ("the broadcaster Radio North
        said", "the daily Kaldby Tidende, citing ...") rather than describe the next noun
        ("the daily White House briefing")?"""
        after = self.text[end : end + 24].split()
        if not after or not after[0][:1].isalpha() or after[0][:1].isupper():
            return True
        w = after[0].lower().rstrip(",.;:")
        return w in self.R.verbs or w in _AUX or w in _BE or w in _RELATIVES

    def _learned_kind(self, name: str) -> tuple[str, str] | None:
        """(kind, full name) when a name, or its first word, is one the article introduced."""
        L = self.learned()
        if name in L:
            return L[name], name
        if not L:
            return None
        # the first name (in the order learned) per first word; ``learned`` is complete
        # once read, so this index is made once per article
        first = self._learned_first
        if first is None:
            first = self._learned_first = {}
            for full, kind in L.items():
                first.setdefault(full.split()[0], (kind, full))
        return first.get(name)

    # the main loop -------------------------------------------------------------
    def run(self) -> tuple[list[dict], list[int]]:
        _R, _low, _words = self.R, self.low, self.words
        H = self.hits
        silent = [(a, self._question_end(b), k) for a, b, k in H.get("no_comment", ())]
        blocked = sorted(H.get("not_speech", []) + silent)
        b_starts = [b[0] for b in blocked]
        s_starts = [s[0] for s in silent]
        found: list[tuple[int, int, str, str]] = []
        q_opens, quotes = self.q_opens, self.quotes
        for kind in ("verb", "source", "vague", "noun", "attached"):
            for a, b, key in H.get(kind, ()):
                q = bisect_right(q_opens, a) - 1
                if q >= 0 and a <= quotes[q][1]:
                    continue  # self.quote_role(a), written out: inside or on a quotation mark
                k = bisect_right(b_starts, a) - 1
                if (
                    k >= 0
                    and blocked[k][0] <= a < blocked[k][1]
                    # a vague phrase only by a longer one from the same word ("I am told by
                    # the council", "I am told to wait": not "I am told")
                    and (kind != "vague" or blocked[k][0] == a and blocked[k][1] > b)
                ):
                    continue
                if kind == "verb" and silent:
                    s = bisect_right(s_starts, b)
                    # the silence only a subject away: a few words, never the text up to
                    # a "declined to comment" paragraphs later
                    if s < len(silent) and s_starts[s] - b <= _SUBJECT_SPAN:
                        subject = _silent_subject(_low[b : s_starts[s]])
                        if subject and not self._more_after_silence(silent[s][1]):
                            self._silent_cues[a] = subject
                found.append((a, b, kind, key))
        found.sort()
        by_sent: dict[int, list] = {}
        for cue in found:
            k = bisect_right(self.sent_starts, cue[0]) - 1
            if k >= 0 and cue[0] < self.sentences[k]["end"]:
                by_sent.setdefault(k, []).append(cue)
        for idx, sent in enumerate(self.sentences):
            if sent["part"] == "headline" and idx not in by_sent:
                m = _COLON_HEADLINE.match(sent["text"])
                if m:  # "Police: man arrested after Hexham stabbing"
                    colon = sent["start"] + m.end(1)
                    by_sent[idx] = [(colon, colon + 1, "colon", ":")]
            if idx in by_sent and sent["part"] not in ("credit", "copyright"):
                self._sentence(sent, idx, by_sent[idx])
        self._name_roles_later()
        self._spouses_named()
        self._one_of_them_named()
        self._sectors_as_crowds()
        self._some_studies()
        self._lede_named_next()
        self._lede_introduced_next()
        self._lede_title_named_below()
        self._headline_quote_said_below()
        self._headline_dash_source()
        self._keep_spokespeople()
        self._channels_from_context()
        results = [self._result(c) for c in self.attrs]
        results += self._continuations(results)
        gestured = self._quotes_after_gestures(results) + self._colon_quotes(results)
        if gestured:  # the rest of a quotation of several sentences after a gesture
            results += gestured
            results += self._continuations(results)
        if ":" in self.text:
            results = self._transcript_turns(results)
        results.sort(key=lambda a: (a["sentence"], a["start"]))
        with_attr = {a["sentence"] for a in results}
        no_comment = []
        for a, _b, phrase in H.get("no_comment", ()):
            k = bisect_right(self.sent_starts, a) - 1
            sent = self.sentences[k] if k >= 0 else None
            if (
                sent
                and a < sent["end"]
                and sent["part"] not in ("credit", "copyright")
                and sent["id"] not in with_attr
                and sent["id"] not in no_comment
                and not self._text_left_out(a, phrase, sent["start"])
            ):
                no_comment.append(sent["id"])
        if "respon" in _low or "repl" in _low or "answer" in _low:
            no_comment = self._bare_silences(with_attr, no_comment)
        return results, no_comment

    def _bare_silences(self, with_attr: set[int], no_comment: list[int]) -> list[int]:
        """ "It did not reply.", "The authority did not respond by publication time.": a
        sentence that ends on the silence of someone a reporter asks, with no request named,
        is silence too (not "if the board did not respond by March", a condition; not "the
        engine did not respond", "but City did not respond": things and teams that did not
        react)."""
        found = set(no_comment)
        for sent in self.sentences:
            if sent["id"] in with_attr or sent["id"] in found or sent["part"] != "body":
                continue
            m = _BARE_SILENCE.search(sent["text"])
            if not m:
                continue
            subject = sent["text"][: m.start()]
            # a body only, after a columnist's own question ("When I asked the council ..., it
            # did not reply"; not "When I asked my son ..., he did not answer": no comment
            # refused)
            body_only = subject.startswith(("When I ", "When we "))
            if "answer" in m.group() and _ASKED_BY.match(subject):
                continue  # "Asked by the judge whether he understood, Mwangi did not answer"
            if self._asked_one(subject, body_only):
                found.add(sent["id"])
        return sorted(found)

    def _asked_one(self, subject: str, body_only: bool = False) -> bool:
        """Is the subject before a silence someone a reporter asks: "It", "He", a name, a
        body, an office ("the authority", "Councillor Ruth Ambler, the cabinet member")?
        With ``body_only``, only "it", a body or its office ("the press office")."""
        opener = _ASKED_OPENER.match(subject)
        if opener:
            subject = subject[opener.end() :]  # "When contacted, the company did not respond."
        words = subject.split(",")[0].split()
        low = [w.lower() for w in words]
        if not words or not _CLAUSE_BEFORE_SILENCE.isdisjoint(subject.lower().split()):
            return False
        R = self.R
        if len(words) == 1 and low[0] in ("it", "he", "she", "they"):
            # (after "When I asked the minister ...", an office: not "my son", "the driver")
            asked = opener.group().lower().split() if opener else []
            return low[0] == "it" or not body_only or not R.title_words.isdisjoint(asked)
        if low[0] in ("the", "a", "an", "its", "his", "her", "their"):
            # "the authority", "A spokesperson for the education department"
            return (
                low[-1] in R.inst_words
                or low[-1] in R.title_words
                and not body_only
                or bool(R.spokes.search(" ".join(low)))
            )
        if body_only:
            # a body's name, with no first name the rules know ("Crestline", "Halberd")
            return (
                words[0][:1].isupper()
                and words[0] not in R.gender
                and (
                    len(words) > 1 or not in_dictionary(low[0]) and not self._surname_full(words[0])
                )
            )
        # a name: "Councillor Ruth Ambler", "Kestrel Foods" (not "City", "United")
        return words[0][:1].isupper() and (
            low[0] in R.title_words or not in_dictionary(low[0]) or words[0] in R.gender
        )

    def _text_left_out(self, a: int, phrase: str, start: int) -> bool:
        """ "The statement did not say when the rest would be built": a text that leaves
        a point out, not someone who would not answer (the keys list "The company did not
        say how many" and "It did not say whether" as silence, and a statement's or an
        e-mail's gap never)."""
        if not phrase.startswith(("did not say", "has not said")):
            return False
        # the text's noun, in lower case, opens the clause ("The statement", "but its
        # e-mail"; not "the Washington Post", nor "who issued the notice")
        lo = max(start, a - 60)
        before = (", " if lo == start else "") + self.text[lo:a]  # (the sentence's start too)
        return _TEXT_OPENS_CLAUSE.search(before) is not None

    def _quotes_after_gestures(self, results: list[dict]) -> list[dict]:
        """A sentence that is only a quotation, right after a sentence in which one named
        person smiles, laughs, shrugs or pauses and says nothing ("Asked which teams,
        Fenwick smiled. “You'll find out.”"): the quotation is that person's."""
        said = {r["sentence"] for r in results}
        out = []
        for k in range(1, len(self.sentences)):
            s, p = self.sentences[k], self.sentences[k - 1]
            text = s["text"].strip()
            if (
                s["part"] != "body"
                or s["id"] in said
                or p["id"] in said
                or text[:1] not in '“"'
                # (a quotation of several sentences: its first one, the rest continue it;
                # not '"Nessun Dorma" was playing as he left')
                or (
                    text.rstrip(".!?")[-1:] not in '”"'
                    and not any(
                        o <= s["start"] + 2 and q >= s["end"] - 1
                        for o, q in self.quotes_in(s["start"], s["end"])
                    )
                )
                or "\n" in self.text[p["end"] : s["start"]]
            ):
                continue
            gesture = next(
                (m for m in _WORD.finditer(self.low, p["start"], p["end"]) if m[0] in _GESTURES),
                None,
            )
            before = self._first_people(k - 1)
            people = {who for _pos, who in before}
            if (
                gesture is None
                or len(people) != 1
                # nobody else acts after the gesture and nothing is read out ("Fenwick smiled
                # and shrugged."; not "smiled as the crowd chanted", "smiled at the headline")
                or not _GESTURE_BREAKS.isdisjoint(_WORD.findall(self.low, gesture.end(), p["end"]))
            ):
                continue
            who = people.pop()
            if not any(pos < gesture.start() for pos, _w in before):
                continue
            inner = text.strip('“”"').rstrip(".!?").strip('“”"')
            why = (
                f"Rule 'quotation after a gesture': the sentence before shows {who} "
                f"('{gesture[0]}') and names no one else, so these quoted words are {who}'s"
            )
            out.append(
                _quote_of(
                    s["id"], who, "quotation after a gesture", inner, s["start"], s["end"], why
                )
            )
        return out

    def _colon_quotes(self, results: list[dict]) -> list[dict]:
        """The quotations of :meth:`_colon_quote_of_subject`, in sentences no attribution
        covers yet (the headline never)."""
        said = {r["sentence"] for r in results}
        out = []
        for k in range(1, len(self.sentences)):
            colon = self._colon_quote_of_subject(k, said)
            if colon is not None:
                out.append(colon)
        return out

    def _colon_quote_of_subject(self, k: int, said: set) -> dict | None:
        """'Hollis didn't hesitate: “He's our quarterback. Period.”': a sentence that opens
        with one named person and, after a colon, quotes words with no saying-verb; the
        words are that person's."""
        s = self.sentences[k]
        if s["part"] != "body" or s["id"] in said:
            return None
        m = _COLON_QUOTE.search(s["text"])
        if m is None:
            return None
        people = self._first_people(k)
        colon_at = s["start"] + m.start()
        before = [(pos, who) for pos, who in people if pos < colon_at]
        lead = s["text"][: len(s["text"]) - len(s["text"].lstrip())]
        if (
            len({who for _p, who in before}) != 1
            or before[0][0] != s["start"] + len(lead)
            or self.low[before[0][0] + len(before[0][1]) : colon_at].count(",") > 1
        ):
            return None
        who = before[0][1]
        # only a few ways of saying "spoke" ("was blunt:", "didn't hesitate:", "had one
        # message for the club:"), not "found a note on her windscreen:", "Hale's lawyer"
        mention = _NAME_RUN.match(self.text, before[0][0])
        lead_words = self.text[mention.end() if mention else before[0][0] + len(who) : colon_at]
        if not _colon_lead_ok(lead_words.strip().lower()):
            return None
        inner = s["text"][m.end() :].strip().strip("“”\"'‘’").strip()
        why = (
            f"Rule 'quotation after a colon': the sentence opens with {who} and, after a "
            f"colon, gives words in quotation marks, so they are {who}'s"
        )
        return _quote_of(s["id"], who, ":", inner, colon_at, s["end"], why)

    def _unnamed_subject_before(self, S: _Sentence, a: int, pron: str) -> _Speaker | None:
        """ "A nurse spoke out. “We are exhausted,” she said.": the unnamed person the
        sentence before opens with ("A nurse", "One resident", "A woman who lives nearby"),
        when no one is named there or in this sentence before the pronoun."""
        k = S.idx - 1
        opens = _OPENING_PRONOUN.match(self.sentences[k]["text"]) if k > 0 else None
        if opens and opens.group(1).lower() == pron and not self._first_people(k):
            k -= 1  # "A young man stalled twice. He passed. Afterwards he told me ...": past "He"
        prev = self.sentences[k]
        if prev["part"] != "body" or self._first_people(k) or any(c.idx == k for c in self.attrs):
            return None
        if any(p[0] < S.ts[a] for p in self._first_people(S.idx)):
            return None
        noun, end_at = self._unnamed_opener(prev)
        begin = prev["start"]
        if noun is None:
            # "Last winter a staff nurse on the ward caught my arm. “...,” she said.": the
            # one person the sentence before describes, wherever it stands
            noun, begin, end_at = self._unnamed_inside(prev)
        if noun is None:
            return None
        sex = _sex_of_noun(noun)
        if sex not in (None, pron):
            return None
        desc = self.text[begin:end_at]
        desc = desc[:1].lower() + desc[1:]
        return _Speaker(
            desc,
            S.tok[a],
            S.ts[a],
            S.te[a],
            "anonymous",
            False,
            f"the source is described ('{desc}') but not named, so it is anonymous",
            f"'{S.tok[a]}' points back to {desc}, who opens the sentence before",
            "person",
            pron,
            noun,
        )

    def _speaks_in_story(self, name: str) -> bool:
        """Does the body ``name`` speak in the story: its name right before a saying-verb,
        perhaps with a clause set off by commas ("The Saint Ottilie Volcano Observatory
        said", "Ol Pejeta, which runs the sanctuary, said")? Not a place or body only
        mentioned ("outside Paddington Station")."""
        bare = name.removeprefix("the ").removeprefix("The ")
        return (
            re.search(
                re.escape(bare) + r"(?:,[^.;]{0,80},)? (?:\w+ )?(?:said|says|told|warned|"
                r"announced|confirmed|added|stated|explained|insisted|reported|posted|wrote)\b",
                self.text,
            )
            is not None
        )

    def _unnamed_inside(self, sent: dict) -> tuple[str | None, int, int]:
        """(the person noun, where its description starts, where it ends) for the one
        person a sentence describes with "a"/"an" anywhere in it ("Last winter a staff
        nurse on the ward caught my arm", "One of my regulars, a retired bus driver, put it
        simply"), when no other word for a person stands in it; else (None, 0, 0)."""
        if self.quotes_in(sent["start"], sent["end"]):
            return None, 0, 0
        found = None
        titles = self.R.title_words
        for m in _A_PERSON.finditer(self.low, sent["start"], sent["end"]):
            words = m.group(1).split()
            words = words[: next((x for x, w in enumerate(words) if w in _STOP), len(words))]
            h = next((x for x, w in enumerate(words) if _a_person_word(w, titles)), None)
            if h is None:
                continue
            if h + 1 < len(words) and _a_person_word(words[h + 1], titles):
                h += 1  # "a bus driver", "a new chief executive": the second word is the person
            before = self.low[max(sent["start"], m.start() - 12) : m.start()].split()[-1:]
            if (
                words[h] in _THING_TOO
                or (h + 1 < len(words) and words[h + 1] in _MAKES_A_THING)
                or (before and before[0] in _PREPS and before[0] not in ("in", "on", "from"))
            ):
                # "a care home", "a coach to the coast", "a general election"; "questions
                # from a reporter", "before a judge": not the one the next sentence is about
                return None, 0, 0
            if found is not None:
                return None, 0, 0  # two people described: which one speaks is unclear
            end = m.start(1) + len(" ".join(words[: h + 1]))
            found = (words[h], m.start(), end)
        if found is None:
            return None, 0, 0
        if self.low.startswith("my ", found[1]) and _A_SOMEONE.search(
            self.low, found[2], sent["end"]
        ):
            return None, 0, 0  # "I took my father to a consultant": which of them is unclear
        others = _WORD.findall(self.low, sent["start"], found[1]) + _WORD.findall(
            self.low, found[2], sent["end"]
        )
        if any(
            _is_person_word(w)
            or w in _PEOPLE_WORDS  # "A colleague of mine ... after a driver followed her"
            or (w in titles and w not in _TITLE_PARTS and w not in _STOP and w not in _PREPS)
            for w in others
        ):
            return None, 0, 0  # someone else in it: "a judge jailed the woman"
        return found

    def _unnamed_opener(self, sent: dict) -> tuple[str | None, int]:
        """(the person noun, where it ends) when the sentence opens with an unnamed person
        who is its subject and the only person in it ("A nurse spoke out.", "One senior
        officer was blunter.", "A lorry driver was furious."; not "A builder conned a
        pensioner", "A tractor overturned"), else (None, 0)."""
        words = _WORD.findall(self.low, sent["start"], min(sent["end"], sent["start"] + 60))
        if (
            len(words) < 3
            or words[0] not in ("a", "an", "one", "another")
            or not self.text[sent["start"] : sent["start"] + 1].isalpha()  # not a quotation
            or self.quotes_in(sent["start"], sent["end"])
        ):
            return None, 0
        titles = self.R.title_words
        at = 2 if words[1] in _ROLE_ADJECTIVES or words[1] in _JOB_ADJECTIVES else 1
        if words[at + 1 : at + 2] and (_is_person_word(words[at + 1]) or words[at + 1] in titles):
            at += 1  # "A lorry driver", "A police officer", "A detective sergeant"
        noun = words[at]
        if not (_is_person_word(noun) or noun in titles) or noun in _PREPS:
            return None, 0  # (not "One of my old teammates": "of" is no title)
        end = self.low.find(noun, sent["start"], sent["end"]) + len(noun)
        if not self.text[sent["start"] : end].split()[-1][:1].islower():
            return None, 0  # "A Christian group", "A September deadline"
        rest = _WORD.findall(self.low, end, sent["end"])
        if any(_is_person_word(w) for w in rest):
            return None, 0  # someone else in it: "A judge jailed the woman"
        return noun, end

    def _paper_before(self, S: _Sentence) -> str | None:
        """The newspaper the sentence before S opens with ("The Northern Chronicle takes a
        kinder view."), if it opens with one."""
        if S.idx == 0:
            return None
        prev = self.sentences[S.idx - 1]
        m = _NAME_RUN.match(self.text, prev["start"], prev["end"])
        if m is None:
            return None
        name = m.group()
        bare = name[4:] if name.startswith("The ") else name
        if self.learned().get(bare) == "news_agency" or self._outlet(name, "") is not None:
            paper = self._canonical_institution(name)
            return "the " + paper[4:] if paper.startswith("The ") else paper
        return None

    def _transcript_turns(self, results: list[dict]) -> list[dict]:
        """A printed interview or transcript: paragraphs that open with who is talking and a
        colon ("Q: ...", "A: ...", "Ogden: ...", "CASTELLANE: ...", "CALLER: ..."). Each
        sentence of an answer is that speaker's, whatever else it mentions ("Virtanen:
        The ice is melting faster than the models say" is Virtanen, not the models); the
        questions are the interviewer's, and keep what the rules found in them. Only when
        the article has at least two such turns, one of them a question or the same
        speaker twice, so a lone label ("Update: ...", "Kenya: ...") is never a turn."""
        turns = []  # (label, sentence indexes of the paragraph)
        body = [k for k, s in enumerate(self.sentences) if s["part"] == "body"]
        prev_end = -1
        for k in body:
            s = self.sentences[k]
            new_para = prev_end < 0 or "\n" in self.text[prev_end : s["start"]]
            prev_end = s["end"]
            if new_para:
                m = _TURN_LABEL.match(self.text, s["start"], s["end"])
                turns.append(((m.group(1) or m.group(2)) if m else None, [k]))
            elif turns:
                turns[-1][1].append(k)
        labelled = [(lab, ks) for lab, ks in turns if lab is not None]
        if len(labelled) < 2:
            return results
        if any(
            _RATING.fullmatch(self.sentences[ks[0]]["text"][len(lab) + 1 :].strip())
            for lab, ks in labelled
            if lab not in ("A", "Answer")
        ):
            return results  # "Tom Hale: 7. Solid at the back.": ratings, nobody's words
        seen = [lab for lab, _ in labelled]
        asking = {lab for lab in seen if self._asks(lab)}
        if not asking and all(seen.count(lab) < 2 for lab in seen):
            return results
        interviewee = self._interviewee(labelled[0][1][0])
        hearing = not _HEARINGS.isdisjoint(self.words)
        channel, ch_why = (
            ("interview", "the article prints questions and answers, so this is an interview")
            if asking
            else ("briefing", "the transcript is of a hearing, so the words were said there")
            if hearing
            else ("unspecified", "nothing says where the words were said")
        )
        out = list(results)
        for label, ks in labelled:
            if label in asking:
                continue
            who = self._turn_speaker(label, interviewee)
            if who is None:
                continue
            speaker, source_type, named = who
            sids = {self.sentences[k]["id"] for k in ks}
            out = [r for r in out if r["sentence"] not in sids]
            for k in ks:
                s = self.sentences[k]
                text = s["text"]
                if text.rstrip().endswith("?"):
                    continue  # a question asks; it reports nothing
                start = s["start"]
                quoted = (
                    text.rstrip()[-1:] in '”"'
                    and text.lstrip()[len(label) + 1 :].lstrip()[:1] in '“"'
                )
                kind = "direct" if quoted else "indirect"
                out.append(
                    {
                        "sentence": s["id"],
                        "speaker": speaker,
                        "speaker_mention": label,
                        "source_type": source_type,
                        "channel": channel,
                        "quote_kind": kind,
                        "cue": label + ":",
                        "quote": None,
                        "named": named,
                        "start": start,
                        "end": s["end"],
                        "explanation": (
                            f"Rule 'transcript turn': the paragraph opens with '{label}:', the "
                            f"way a printed interview or transcript shows who is talking, so "
                            f"this sentence is {speaker}'s own words"
                            + ("" if k == ks[0] else ", carried on from the turn's first sentence")
                            + f"; {ch_why}; "
                            + (
                                "the answer stands in quotation marks (a direct quote)."
                                if quoted
                                else "there are no quotation marks, so the report lists it as "
                                "indirect, though the words are printed as they were said."
                            )
                        ),
                        "_quotes": [],
                    }
                )
        return out

    def _asks(self, label: str) -> bool:
        """Is the label of a turn the interviewer's: "Q", "Question", a newsroom?"""
        if label in ("Q", "Question") or label.lower() in _ASKERS:
            return True
        if label in self.R.outlet_words:
            return True  # "Courier: ..." in a paper called the Something Courier
        name = label[4:] if label.startswith("The ") else label
        return (
            self.learned().get(name) == "news_agency"
            or self._outlet(label, "") is not None
            or any(
                label in self.text[a:b] for a, b in self._copyright
            )  # the publisher itself: "Courier:" in the Courier
        )

    def _interviewee(self, first_turn: int) -> str | None:
        """The person an interview's "A:" stands for: the one a sentence before the first
        turn says was interviewed ("Piet Vandrell spoke to the Courier", "In an interview,
        ..."), else the person named last before the questions start."""
        first = None
        for k in range(first_turn):
            sent = self.sentences[k]
            # (not the interviewer: "he was interviewed by Kim Lo of the Courier", nor the
            # outlet spoken to: "The actor spoke to Marquee Weekly")
            people = [
                (p, who)
                for p, who in self._first_people(k)
                if not self.low[max(sent["start"], p - 4) : p].endswith("by ")
                and not (
                    _SPOKEN_TO_BEFORE.search(self.low, max(sent["start"], p - 20), p)
                    # ("We spoke to Dr Anna Reyes": the one interviewed, when "we" or an
                    # outlet did the speaking)
                    and self._outlet(who, "") is not None
                )
            ]
            if not people:
                continue
            if _INTERVIEWED.search(self.low, sent["start"], sent["end"]):
                return people[0][1]
            first = first or people[0][1]
        return first

    def _turn_speaker(self, label: str, interviewee: str | None) -> tuple[str, str, bool] | None:
        """(speaker, source type, named) for the label of an answer; None when the label
        names nobody the article knows ("Update", "Kenya")."""
        if label in ("A", "Answer"):
            return (interviewee, "named_person", True) if interviewee else None
        words = label.split()
        if label.isupper():
            if len(words) == 1 and label.lower() in _TURN_ROLES:
                return f"the {label.lower()}", "anonymous", False
            words = [w.capitalize() for w in words]
        if words[0] in self.R.places or " ".join(words) in self.R.places:
            return None
        who, _how = self._person(words)
        if who is not None and (len(words) > 1 or self._surname_full(words[-1])):
            return who, "named_person", True
        return None

    def _name_roles_later(self) -> None:
        """A role first, its holder's name later: "its director said" in the first paragraph,
        "the director, Piet Vandrell, said" below. The earlier words are his too."""
        holders: dict[str, _Speaker] = {}
        for c in self.attrs:
            sp = c.sp
            words = sp.mention.lower().split()
            if (
                sp.source_type == "named_person"
                and sp.named
                and len(words) == 2
                and words[0] == "the"
            ):
                holders.setdefault(words[1], sp)  # "the director" named right beside as a person
        if not holders:
            return
        for c in self.attrs:
            sp = c.sp
            words = (sp.speaker or "").split()
            if (
                sp.source_type == "anonymous"
                and len(words) == 2
                and words[0] in ("its", "the", "their")
                and words[1] in holders
                and holders[words[1]].start > sp.start
            ):
                who = holders[words[1]]
                c.sp = _named_as(
                    sp,
                    who.speaker,
                    f"'{sp.speaker}' is {who.speaker}, named further on as '{who.mention}'",
                )

    def _lede_named_next(self) -> None:
        """Wire style: the lede describes a role ("The president of Selmark's football
        federation insisted ..."), the next paragraph opens with the name ("Viktor Hallan,
        who has led the federation since 2017, told ..."). The role is that person, and so
        is a headline that gives the same role ("Football chief insists")."""
        body = [c for c in self.attrs if self.sentences[c.sid]["part"] == "body"]
        if len(body) < 2:
            return
        lede, titles = body[0], self.R.title_words
        sp, words = lede.sp, lede.sp.mention.lower().split()
        if not words:
            return
        # "a former building manager": one of several, so only the role's own stem in the
        # aside after the next paragraph's name will do (below), and never "a rival ..."
        indefinite = words[0] in ("a", "an") and not {"rival", "other", "another"} & set(words)
        # "..., the vice-chancellor told staff in an email": the title alone, so only the
        # same post or message named again below will do
        bare = words[0] == "the" and len(words) == 2
        if not (
            sp.source_type == "anonymous"
            and sp.head in titles
            and (
                indefinite
                or bare
                or words[0]
                in ("its", "their")  # "Corvanta will cut jobs, its chief executive said"
                or words[0] == "the"
                and ("of" in words or any(w.endswith(("’s", "'s")) for w in words))
            )
        ):
            return
        if _UNNAMED_ON_PURPOSE.search(self.sentences[lede.sid]["text"]):
            return  # "..., a senior manager said, speaking on condition of anonymity"
        nxt = next((c for c in body[1:] if c.para > lede.para), None)
        if nxt is None or nxt.para != lede.para + 1 or nxt.sp.source_type != "named_person":
            return
        who = nxt.sp.speaker or ""
        if " " not in who or self.text.find(who) < lede.ce or self.text.find(who) > nxt.sp.end:
            return  # named before the lede, or not the one the next paragraph opens with
        # and the name's sentence says the same role again ("has led the federation")
        role_words = {
            _unpossessed(w.rstrip(",.")) for w in words[1:] if len(w) > 3 and w not in titles
        } - _STOP
        said = self.sentences[nxt.sid]["text"].lower()
        same_post = (
            lede.channel == nxt.channel != "unspecified"
            and lede.ch_explicit
            and _BACK_TO_TEXT.search(said) is not None  # "wrote in the post"
        )
        # "a former building manager told the inquiry" / "Graham Toller, who managed the
        # block, said": the role's stem again ("manag"), in the aside after the name
        stems = {
            _unpossessed(w.rstrip(",."))[:5]
            for w in (words[-1:] if indefinite else words[1:])
            if len(w) > 5 and w not in _ROLE_ADJECTIVES
        }
        aside = said[len(who) : len(who) + 2] == ", " and said.startswith(who.lower())
        again = (
            not indefinite and any(re.search(rf"\b{re.escape(w)}\b", said) for w in role_words)
        ) or (aside and any(re.search(rf"\b{re.escape(x)}", said) for x in stems))
        if bare and (
            not _IN_THE_SAME_TEXT.match(said) or self._other_title_before(nxt.sp, words[-1])
        ):
            # the title alone: only "In the email, ... Professor Ruth Amani said" will do
            # (not "Replying to the post, Councillor Jo Marsh wrote", someone answering it,
            # nor "In the email, branch secretary Paul Dent said", someone with a post of
            # their own)
            return
        if not same_post and (not again or bare):
            return  # neither the role again nor the same post or statement
        for c in self.attrs:
            if c is lede or (
                self.sentences[c.sid]["part"] == "headline"
                and c.sp.source_type in ("anonymous", "vague")
                and c.sp.head in titles
            ):
                c.sp = _named_as(
                    c.sp,
                    who,
                    f"'{c.sp.mention}' is {who}: the story gives the role first and the name "
                    "in the next paragraph",
                    gender=nxt.sp.gender,
                )

    def _named_first_at(self, word: str) -> int:
        """Where the article first names ``word`` outside a photo caption or a credit (a
        caption names the story's subject before the lede describes them); -1 if nowhere."""
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self.text):
            k = bisect_right(self.sent_starts, m.start()) - 1
            if k < 0 or self.sentences[k]["part"] not in ("caption", "credit"):
                return m.start()
        return -1

    def _lede_introduced_next(self) -> None:
        """News style: the lede describes someone ("A retired music teacher told the High
        Court ..."), and the next paragraph opens by introducing them ("Margaret Bell, 71,
        who has lived next door ...", "Special Agent Linda Castellanos of the U.S. Fish and
        Wildlife Service was the first witness"). The description is that person, and so
        is a headline's ("agent tells jury", "Neighbour says")."""
        body = [c for c in self.attrs if self.sentences[c.sid]["part"] == "body"]
        if not body:
            return
        lede = body[0]
        sp, words = lede.sp, lede.sp.mention.lower().split()
        first_body = next((k for k, s in enumerate(self.sentences) if s["part"] == "body"), -1)
        if (
            lede.idx != first_body
            or sp.source_type != "anonymous"
            or sp.kind != "person"
            or len(words) < 2
            or words[0] not in ("a", "an")
            or {"rival", "other", "another"} & set(words)
            or _UNNAMED_ON_PURPOSE.search(self.sentences[lede.sid]["text"])
        ):
            return
        nxt = next(
            (
                k
                for k in range(lede.idx + 1, len(self.sentences))
                if self.sentences[k]["part"] == "body"
            ),
            None,
        )
        if (
            nxt is None
            or bisect_right(self.part_starts, self.sentences[nxt]["start"]) - 1 != lede.para + 1
        ):
            return  # the opening sentence of the very next paragraph
        text = self.sentences[nxt]["text"]
        m = _INTRODUCED.match(text)
        if m is None:
            return
        who, _ = self._person(m["name"].split())
        if (
            not who
            or " " not in who
            or self._named_first_at(who.split()[-1]) < self.sentences[nxt]["start"]
        ):
            return  # named before ("the home of the pundit Jordan Oakes"), a caption aside
        role = (m["role"] or "").lower().split()
        head = words[-1]
        if head not in role:
            # no role before the name ("Special Agent Linda Castellanos" after "A federal
            # wildlife agent"): only an age, and then either the person speaks in that very
            # sentence ("Margaret Bell, 64, who lost her husband in the crash, said"), or a
            # clause about the person, who speaks later and is not the one the story is
            # about (charged, dead, hurt)
            surname = who.split()[-1:]
            speaks_here = any(
                c.idx == nxt
                and c.sp.source_type == "named_person"
                and (c.sp.speaker or "").split()[-1:] == surname
                and (c.verb is None or c.verb.lemma not in _PLEAS)
                for c in self.attrs
            )
            rest = text[m.end() : m.end() + 40].split()[:1]
            if (
                role  # "Judge Mary Hale" after "A retired teacher told the court"
                or not m["age"]
                or head in _UNNAMED_ON_PURPOSE_HEADS
                or _ALSO.search(text)  # "Ruth Nolan, 58, who also heard the drilling"
                # a role of their own after the age ("Marco Silva, 46, the manager, said")
                or (rest and rest[0].lower() in ("the", "a", "an", "his", "her", "its", "their"))
                or not speaks_here
                and (
                    # a clause about them ("who ...") or what they did ("found the first
                    # carcasses"), but not someone charged, hurt or dead
                    _NOT_THE_SPEAKER.search(text.lower())
                    or not any(
                        c.sp.source_type == "named_person"
                        and (c.sp.speaker or "").split()[-1:] == surname
                        for c in self.attrs
                        if c.idx > nxt
                    )
                )
            ):
                return
        said = self.low[lede.ce : self.sentences[lede.idx]["end"]]
        sex = self.R.gender.get(who.split()[0])
        if sex and re.search(r"\b(?:she|her)\b" if sex == "he" else r"\b(?:he|his|him)\b", said):
            return  # "A wildlife agent testified that she ..." is no "Tom Hale"
        note = (
            f"'{sp.mention}' is {who}: the story describes the person first and names them "
            "at the start of the next paragraph"
        )
        for c in self.attrs:
            if c.sp.source_type != "anonymous" or c.sp.kind != "person":
                continue
            if c.sp.mention == sp.mention or (
                self.sentences[c.sid]["part"] == "headline"
                and c.sp.mention.lower().split()[0] not in _DETS
                and (c.sp.head in (head, "") or c.sp.mention.lower() in _HEADLINE_PEOPLE)
            ):
                c.sp = _named_as(c.sp, who, note.replace(sp.mention, c.sp.mention), gender=sex)

    def _lede_title_named_below(self) -> None:
        """The lede describes someone by a rank or title ("A Larkin City police sergeant
        who led the raid has acknowledged ..."), and a paragraph or three below names the
        one person the article gives that title ("Sgt. Travis Oakley testified"): the lede
        is that person."""
        lede = next((c for c in self.attrs if self.sentences[c.sid]["part"] == "body"), None)
        if lede is None:
            return
        sp, words = lede.sp, lede.sp.mention.lower().split()
        if (
            self.sentences[lede.idx]["start"] != self.part_starts[lede.para]  # opens its paragraph
            or sp.source_type != "anonymous"
            or sp.kind != "person"
            or words[:1] not in (["a"], ["an"])
            or (sp.head,) not in self.R.titles
            or {"rival", "other", "another", "former"} & set(words)
            or _UNNAMED_ON_PURPOSE.search(self.sentences[lede.sid]["text"])
        ):
            return
        who = self._resolve_role(sp.head, "")
        if not who or " " not in who:
            return
        first = self.text.find(who.split()[-1])
        if first < self.sentences[lede.idx]["end"]:
            return  # named before, or in the lede itself: someone else
        para = bisect_right(self.part_starts, first) - 1
        if para - lede.para > 4:
            return
        note = (
            f"'{sp.mention}' is {who}: the story describes the person first and names them "
            "a little further on with the same title"
        )
        lede.sp = _named_as(sp, who, note, gender=self.gender.get(who))

    def _headline_quote_said_below(self) -> None:
        """A headline quotes someone it calls only by what they are ('"We will fight on,"
        says campaigner'); the story quotes the same words again with the name ('"We will
        fight on, whatever it takes," said Ann Roe'). The headline's speaker is that person."""
        owner: dict[tuple[int, int], _Cue] = {}
        for c in self.attrs:
            if self.sentences[c.sid]["part"] == "body" and c.sp.source_type == "named_person":
                for oq in c.quotes:
                    owner.setdefault(oq, c)
        if not owner:
            return
        for c in self.attrs:
            if (
                self.sentences[c.sid]["part"] != "headline"
                or c.sp.source_type not in ("anonymous", "vague")
                or c.sp.kind != "person"
                or len(c.quotes) != 1
            ):
                continue
            o, q = c.quotes[0]
            frag = self.low[o + 1 : q].strip(" ,.")
            if len(frag.split()) < 3:
                continue
            named = set()
            pos = self.low.find(frag, q)
            while pos >= 0:
                # the quotation opens with those words (not '"To say the deal is dead is
                # wrong," said the minister': words quoted to deny them)
                named.update(
                    owner[oq].sp.speaker
                    for oq in self.quotes_in(pos, pos + 1)
                    if oq in owner
                    and not self.low[oq[0] + 1 : pos].strip(" '\"‘“")
                    # (not "Chairman Ray Dunn said" for "says sacked manager": a post of
                    # his own)
                    and not self._other_title_before(owner[oq].sp, c.sp.head or "")
                )
                pos = self.low.find(frag, pos + 1)
            if len(named) == 1:
                who = named.pop()
                c.sp = _named_as(
                    c.sp,
                    who,
                    f"'{c.sp.mention}' is {who}: the story quotes the same words again, "
                    f"said by {who}",
                    gender=self.gender.get(who),
                )

    def _headline_dash_source(self) -> None:
        """A headline that ends with a dash and who said it, as many dailies write them
        ("Rice losses hit P3.2B — DA", "Galamsey has turned River Kowire into mud – Asuboa
        chief", "Rice shortage will ease in two weeks - Trade Minister"): the source is
        someone the story quotes below, by the same name, by the initials given beside the
        name ("the Department of Agriculture (DA) said"), or by the office the story names
        them with ("the Asuboa chief, Osabarima ..."). A tail that names nobody quoted
        below ("– and it may still be alive", "— live") is left."""
        for idx, sent in enumerate(self.sentences):
            if sent["part"] != "headline" or any(c.idx == idx for c in self.attrs):
                continue
            m = _DASH_HEADLINE.search(sent["text"])
            if m is None:
                continue
            words = m.group(1)
            below = next(
                (c for c in self.attrs if c.idx > idx and c.sp.speaker and self._goes_by(c, words)),
                None,
            )
            if below is None:
                continue
            dash = sent["start"] + max(sent["text"].rfind(d, 0, m.start(1)) for d in "–—-")
            sp = replace(
                below.sp,
                mention=words,
                start=sent["start"] + m.start(1),
                end=sent["start"] + m.end(1),
                resolve_note=f"'{words}' after the dash is {below.sp.speaker}, quoted in "
                f"sentence {below.sid}",
                channel_hint=None,
            )
            c = _Cue("headline, dash and source", dash, sp.end, sp, content=(sent["start"], dash))
            c.sid, c.idx = sent["id"], idx
            c.para = bisect_right(self.part_starts, sent["start"]) - 1
            c.ch_reason = (
                "nothing in the headline says how it was said, so the channel is unspecified"
            )
            self.attrs.insert(next((k for k, d in enumerate(self.attrs) if d.idx > idx), 0), c)

    def _goes_by(self, c: _Cue, words: str) -> bool:
        """Is the speaker of ``c`` called ``words`` (a headline's "— DA", "– Asuboa chief")?"""
        speaker = c.sp.speaker or ""
        if speaker.lower().removeprefix("the ") == words.lower() or speaker.endswith(" " + words):
            return True
        start = self.sentences[c.idx]["start"]
        if words.isupper() and len(words) >= 2 and c.sp.source_type == "institution":
            # "The Department of Agriculture (DA) said": the initials beside the name
            return self.text[c.sp.end : c.sp.end + len(words) + 4].lstrip().startswith(f"({words})")
        *place, office = words.split()
        if (
            c.sp.source_type != "named_person"
            or not place
            # "– Asuboa chief"; "- Trade Minister", a title written with its capital
            or not (office.islower() or office.lower() in self.R.title_words)
        ):
            return False
        before = self.low[start : c.sp.end].split()
        return office.lower() in before and all(w.lower() in before for w in place)

    def _keep_spokespeople(self) -> None:
        """Someone introduced as a spokesperson stays one when named again ("Hovik said")."""
        first: dict[str, _Speaker] = {}
        for c in self.attrs:
            sp = c.sp
            if not sp.speaker or not sp.named:
                continue
            key = sp.speaker.casefold()
            if sp.source_type == "spokesperson":
                first.setdefault(key, sp)
            elif sp.source_type == "named_person" and key in first:
                intro = first[key]
                c.sp = replace(
                    sp,
                    source_type="spokesperson",
                    head=intro.head,
                    type_reason=(
                        f"{sp.speaker} was introduced as '{intro.mention}': a {intro.head} is "
                        "someone whose job is to speak for others, so this is a spokesperson"
                    ),
                )
            elif sp.source_type == "named_person" and " " in sp.speaker:
                job = self._spokes_job(sp.speaker)
                if job:
                    c.sp = replace(
                        sp,
                        source_type="spokesperson",
                        head=job,
                        type_reason=(
                            f"{sp.speaker} is introduced in the article as a {job}: someone "
                            "whose job is to speak for others, so this is a spokesperson"
                        ),
                    )

    def _spokes_job(self, name: str) -> str | None:
        """The spokesperson's job the article puts right before ``name`` ("the agency's
        spokeswoman, Giulia Neri, shared a video"), even where no attribution does."""
        spokes = self.R.spokes
        pos = self.text.find(name)
        while pos >= 0:
            raw = self.low[max(0, pos - 40) : pos]
            before = raw.rstrip(" ,")
            m = spokes.search(before)
            # "A spokeswoman for the fund, Clara Dunmore": the job may say for whom, set
            # off by a comma (not "a spokesman for singer Nia Pugh": Nia Pugh is not one)
            if m is not None and (
                m[1] == len(before)
                or (raw.rstrip(" ").endswith(",") and _FOR_WHOM.fullmatch(before, m[1]))
            ):
                return m[2]
            pos = self.text.find(name, pos + 1)
        return None

    def _sentence(self, sent: dict, idx: int, cue_matches: list) -> None:
        S = _Sentence(sent, idx, self, cue_matches[-1][1] + 120)
        cues = self._pending = []
        for a, b, kind, key in cue_matches:
            c = self._parse(S, a, b, kind, key)
            if c is not None and a in self._silent_cues and self._only_silence(c, a):
                continue  # "a spokeswoman said it could not comment": no content
            for x in (c, *c.also) if c is not None else ():
                x.sid = S.sid
                x.idx = idx
                x.para = bisect_right(self.part_starts, S.start) - 1
                cues.append(x)
        self._pending = []
        if not cues:
            return
        self._share_subject(cues)
        cues = self._drop_embedded(S, cues)
        self._assign_quotes(S, cues)
        cues = self._merge_same_speaker(cues)
        cues, pairs = self._pair_speakers(cues)
        for c in cues:
            c.channel, c.ch_reason, c.ch_explicit = self._channel(S, c, cues)
            if c.sp.source_type == "news_agency":
                self._newsroom_for_itself(c)
            elif c.sp.source_type == "named_person" and self._reporting_outlet(c):
                c.sp = replace(
                    c.sp,
                    source_type="news_agency",
                    kind="org",
                    type_reason=f"{c.sp.speaker} reports news and is named with no first name a "
                    "person has, so it is taken as a news organisation",
                )
            self.attrs.append(c)
        for pair, c in pairs:  # two people speaking together spoke the same way
            pair.channel, pair.ch_reason, pair.ch_explicit = c.channel, c.ch_reason, c.ch_explicit

    def _reporting_outlet(self, c: _Cue) -> bool:
        """Is a 'person' who "reported" or "first reported" something a newsroom with an
        unfamiliar name ("Hoops Nation first reported the trade", "O Marcador reported")?
        Only for a name of two or more capitalised words with no known first name or title,
        never mentioned with "he"/"she", that reports to no one ("reported it to police")."""
        who = c.sp.speaker or ""
        words = who.split()
        if (
            c.verb is None
            or c.verb.lemma != "report"
            or len(words) < 2
            or not c.sp.named
            or words[0] in self.R.gender
            or words[0].lower().rstrip(".") in self.R.title_words
            or who in self.gender
        ):
            return False
        # only "first reported" (a scoop), and never someone with a job or title before
        # the name or called he or she later ("Det Sgt Tadhg Rooney reported", "Xochitl
        # Ramos reported that the deal was off. She said ...")
        after_cue = _WORD.findall(self.low, c.ce, c.ce + 20)[:2]
        if self.low[max(0, c.cs - 6) : c.cs].split()[-1:] != ["first"] and not (
            # "Dagens Nyheter reported that ...", "Glas Volne reported on Tuesday ..."
            after_cue[:1] == ["that"]
            or (after_cue[:1] == ["on"] and after_cue[1:2] and after_cue[1] in _WEEKDAYS)
            or (after_cue[:1] and after_cue[0] in _NOW_WORDS | _WEEKDAYS)
        ):
            return False
        at = self.text.find(who)
        before = self.low[max(0, at - 25) : at].split()[-1:]
        if before and (before[0].rstrip(".") in self.R.title_words or _is_person_word(before[0])):
            return False
        nxt = self.sentences[c.idx + 1]["text"].lower() if c.idx + 1 < len(self.sentences) else ""
        rest = self.low[c.ce : self.sentences[c.idx]["end"]]
        if re.match(r"\W*(?:he|she|his|her)\b", nxt) or re.search(r"\b(?:he|she)\b", rest):
            return False  # ("first reported the leak in 2019, when she worked at the plant")
        after = _WORD.findall(self.low, c.ce, c.ce + 30)[:3]
        return "to" not in after and "him" not in after and "her" not in after

    def _newsroom_for_itself(self, c: _Cue) -> None:
        """A newsroom answering for itself speaks as an organisation, not as another
        newsroom's report: "In a statement, the broadcaster said", "The Gazette said it
        would publish a correction", "Channel Six, which airs the show, denied ..."."""
        how = ""
        if c.channel == "statement":
            how = "in a statement"
        elif c.sp.end < c.cs and _AIRS.match(self.low, c.sp.end, c.cs):
            how = "about its own programmes or pages"
        elif (
            c.verb is not None
            and c.verb.lemma == "say"
            and not c.direct
            and c.content is not None
            and _ITSELF.match(self.low, c.content[0])
        ):
            how = "about what it does itself"
        if how:
            c.sp = replace(
                c.sp,
                source_type="institution",
                type_reason=f"{c.sp.speaker} speaks for itself {how}, as an organisation, "
                "not as a newsroom reporting, so this is an institution",
            )

    def _named_after_job(self, S: _Sentence, j: int, hb: int) -> bool:
        """Is what follows the job word j a person's name ("Resident Doreen Fitch, 82,")
        rather than the rest of a body's name ("Commuter Rail Partnership")? Only when
        something else says so: a known first name, an age after the name, or the
        surname used alone elsewhere in the article."""
        tok = S.tok
        if tok[hb] in self.R.org_endings:
            return False
        return (
            tok[j + 1] in self.R.gender
            or (hb + 2 < len(tok) and tok[hb + 1] == "," and tok[hb + 2].isdigit())
            or self._alone_elsewhere(tok[hb])
        )

    @staticmethod
    def _rejected_as_quote(S: _Sentence, i: int) -> bool:
        """ "rejected the claim as “absurd”": a thing, then "as" and the quoted word the
        speaker gave it; not "rejected what critics described as “a power grab”" (their
        word), "rejected being described as" or "rejected her nomination as “envoy”"."""
        low, n = S.low, len(S.low)
        k = next((x for x in range(i + 1, min(n - 1, i + 6)) if low[x] == "as"), None)
        if k is None or S.q[k + 1] != "open" or k < i + 3:
            return False
        thing = low[i + 1 : k]
        return (
            thing[0]
            in ("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their")
            and thing[-1] not in _NOT_REJECTED_AS
            and not any(
                w.endswith(("’s", "'s")) or w in ("described", "called", "being") for w in thing
            )
        )

    def _of_the_in_body_name(self, tok: list[str], low: list[str], k: int, a: int) -> bool:
        """Do "of/for the Name" at token k (the "of" or "for") belong to the body's name
        before it ("the International Committee of the Red Cross")? Only after a body's
        word with no first name before it ("Anton Kessel of the Social Union", "Margaret
        Court of the ..." are people) and not before a place ("Kessel Group of the
        Netherlands"). ``a`` is where the phrase starts."""
        R = self.R
        return (
            k >= a + 1
            and k + 2 < len(tok)
            and low[k + 1] == "the"
            and tok[k - 1][0].isupper()
            and tok[k + 2][0].isupper()
            and low[k - 1] in R.inst_words
            and not (k - 2 >= a and tok[k - 2] in R.gender)
            and tok[k + 2] not in R.places
        )

    def _is_lede(self, S: _Sentence) -> bool:
        """Is S the first sentence of the body (the lede, which may name people later)?"""
        return S.idx == self.first_body

    def _labelled_person(self, S: _Sentence, a: int, label: str) -> tuple[str | None, str]:
        """(the person, why) for "the Democrat", "the Briton", "the pitcher": someone named in
        this sentence before token a or in the three before it whom the article itself calls
        ``label`` beside the name ("Quarterback Devin Hargrove", "Briton Tom Pidcock", "Sen.
        Carla Benavides, a Democrat,", "(D-Fla.)"), the most recent first; else the one
        person the sentence before names, when it uses no such word for anyone ("Tom
        Pidcock won the stage. The Briton said ..."); (None, "") when neither, or the sex
        does not fit ("the actress")."""
        sex = _LABELS[label]

        def fits(who: str) -> bool:
            g = self._sex_of(who)
            return sex == "one" or g in (None, sex)

        who = self._called_beside(S, a, label, fits)
        if who is not None:
            return who, f"named just before as {label}"
        if S.idx == 0:
            return None, ""
        k = S.idx - 1
        # past the earlier sentences of the same quotation ('"He played better. That's
        # tennis," the Swede said': the person named before the quotation opened)
        while (
            k > 0
            and S.idx - k < 3
            and not self._first_people(k)
            and self.sentences[k]["text"].lstrip()[:1] in _OPENING_MARKS
        ):
            k -= 1
        prev = self.sentences[k]
        people = self._first_people(k)
        here = [p for p in self._first_people(S.idx) if p[0] < S.ts[a]]
        said = _WORD.findall(self.low, prev["start"], prev["end"])
        pos, who = people[0] if people else (0, "")
        aside = _ASIDE_AFTER_NAME.match(self.text, pos + len(who)) if who else None
        if aside and (
            # (not "Graham Tullett, the father of the Chilean striker,": about someone else)
            label in aside.group().lower()
            or " of " in aside.group()
            or "'s " in aside.group()
            or "’s " in aside.group()
        ):
            aside = None
        if aside:
            # "Graham Tullett, the Ardsley coach, was angry": his own job, no other person
            said = _WORD.findall(self.low, aside.end(), prev["end"])
        head = self.text[prev["start"] : pos]
        named_at = max((p for p, w in people if w == who), default=pos)
        head_words = set(_WORD.findall(self.low, prev["start"], named_at))
        if (
            _APPOSITIVE_HEAD.fullmatch(self.text[prev["start"] : named_at])
            and label not in head_words  # not "The striker's father, Tom Hale, ... The striker"
            and (label not in _SMALL_LABELS or not head_words.isdisjoint(_PERFORMERS))
        ):  # ("The Spaniard" after "The general manager, Rafael Ostos,", "The singer" after
            # "The band's frontman, Jo Reed,"; not "The defender" after "The referee, ...")
            pos = named_at
            # "The general manager, Rafael Ostos, went further": the job is his own
            said = _WORD.findall(self.low, pos, prev["end"])
            head = ""
        if (
            len({w for _p, w in people}) == 1
            and not here
            and fits(who)
            # where someone comes from: no rival named just before either ("Kaito Mori
            # beat Hana Kim. Mori thanked the crowd. ... the Korean said")
            and (label in _SMALL_LABELS or not self._other_person_before(k, who))
            and not any(w in _LABELS for w in said)  # "lost to the defending champion"
            # the subject of that sentence, and the only person in it: not "Judge Mary Hale
            # sentenced the lorry driver", "Lewis Hamilton's car was hit"
            and not any(w[:1].islower() for w in head.split())
            and not self._possessive_at(who.split()[-1], pos, prev["end"])
            and not any(w in _PERSON_NOUNS or w in _BEFORE_A_NAME for w in said)
        ):
            return who, "the only person the sentence before names"
        return None, ""

    def _job_holder(
        self, S: _Sentence, a: int, job: str, marked: bool = False
    ) -> tuple[str | None, str]:
        """(the person, why) for "the electrician", "the retired nurse" as a speaker: someone
        the article calls that right beside their name in this sentence or the three
        before it ("Site electrician Joe Carver"); else the named person the sentence
        before quotes, when the article has not used the word before (a reporter's new
        word for the person just quoted: "Joyce Whitlock, 71, said ... “...,” the
        retired nurse said"); (None, "") otherwise."""
        who = self._called_beside(S, a, job, lambda _who: True)
        if who is not None:
            return who, f"named just before as {job}"
        last = self.attrs[-1] if self.attrs else None
        if (
            last is not None
            and last.idx >= S.idx - 2
            and last.sp.named
            and last.sp.source_type == "named_person"
            and last.sp.mention.lower().split()[-1:] == [job]
        ):
            return last.sp.speaker, f"called '{last.sp.mention}' just before"
        # only right after the person's own quotation, in the same paragraph ('... said.
        # “...,” the retired nurse said'), when the article gave them no other role
        after_quote = (a > 0 and S.q[a - 1] == "close") or (a > 1 and S.q[a - 2] == "close")
        # or opening the next sentence, right after that person spoke ("Mr Holt, 61, said
        # ... The retired plumber told", also in a new paragraph)
        # (or after the rest of their quotation: '"...," she said. "More. More."')
        opens = (
            a == 0
            # only a description that marks a new word for the same person: a describing
            # word or an age ("The retired plumber", "The veterinarian, 38,"), never a bare
            # job, which is as often the other side ("... said. The pharmacist said ...")
            and (marked or self._job_in_sentence_before(S, job))
            and last is not None
            and S.idx - 3 <= last.idx < S.idx
            and all(
                not self._first_people(k) and any(m in self.sentences[k]["text"] for m in '“”"')
                for k in range(last.idx + 1, S.idx)
            )
        )
        if (
            last is None
            or not (after_quote or opens)
            or ("\n" in self.text[self.sentences[S.idx - 1]["end"] : S.start] and not opens)
            or self._has_role(last.sp)
            or (last.idx != S.idx - 1 and not opens)
            or last.sp.source_type != "named_person"
            or not last.sp.named
            or any(p[0] < S.ts[a] for p in self._first_people(S.idx))
            or re.search(r"\b" + job + r"\b", self.low[: S.ts[a]])
            or len({w for _p, w in self._first_people(last.idx)}) > 1
            or self._other_sex_after(S, a, last.sp.speaker or "")
        ):
            return None, ""
        return (
            last.sp.speaker,
            "quoted in the sentence before, and the article has not used the word before",
        )

    def _people_as_sources(self, S: _Sentence, hb: int) -> bool:
        """Are the "people" at hb sources inside something ("people close to the couple",
        "people with knowledge of", "people inside the ministry", "people at the company",
        "people who work at the warehouse")?"""
        nxt = S.low[hb + 1 : hb + 4]
        if not nxt:
            return False
        if nxt[0] in ("close", "familiar", "with", "inside", "involved", "within", "briefed"):
            return True
        if nxt[0] == "who" and ("work" in nxt or "worked" in nxt):
            return True
        if nxt[0] in ("at", "from", "in") and len(nxt) > 1:
            head = nxt[2] if nxt[1] in _DETS and len(nxt) > 2 else nxt[1]
            return head in self.R.inst_words
        return False

    def _other_person_before(self, k: int, who: str) -> bool:
        """Does the sentence before sentence k name someone other than ``who``?"""
        if k == 0:
            return False
        for pos, other in self._first_people(k - 1):
            if other == who:
                continue
            # someone named with a role is no rival ("Team boss Jo Reed said", "His mother,
            # Ana Cruz, watched"): only a bare name may be the other competitor
            # (the role may be part of the name found: "Manager Mick Tierney")
            before = _WORD.findall(self.low, max(0, pos - 25), pos)[-2:] + [
                self.low[pos : pos + 20].split(" ", 1)[0]
            ]
            if any(
                w in self.R.title_words
                or _is_person_word(w)
                or w in _KIN
                or w in _ROLE_BEFORE_RIVAL
                or self._a_person([w])
                for w in before
            ):
                continue
            return True
        return False

    def _job_in_sentence_before(self, S: _Sentence, job: str) -> bool:
        """Does the sentence before speak of the job's own trade ("Tom Hale, who has run the
        bakery for 30 years, said ... The baker said", "... his pharmacy ... The pharmacist")?"""
        if S.idx == 0 or len(job) < 5:
            return False
        stem = job[: max(4, len(job) - 3)]
        prev = self.sentences[S.idx - 1]
        return any(
            w.startswith(stem) and w != job
            for w in _WORD.findall(self.low, prev["start"], prev["end"])
        )

    def _other_sex_after(self, S: _Sentence, a: int, who: str) -> bool:
        """Does the rest of the sentence call its subject by the other sex's pronoun than
        ``who``'s ("Rachel Green said ... The pharmacist said he had never seen it")?"""
        sex = self._sex_of(who)
        if sex not in ("he", "she"):
            return False
        other = ("he", "his", "him") if sex == "she" else ("she", "her", "hers")
        return any(w in other for w in S.low[a + 1 :])

    def _has_role(self, sp: _Speaker) -> bool:
        """Did the article write a role of their own before this named person's name
        ("Patient Dana Kell", "Homeowner Dana Kell")?"""
        name = sp.speaker or ""
        first = name.split()[0].lower() if name else ""
        if len(name.split()) > 2 and first in _BEFORE_A_NAME and first not in self.R.title_words:
            return True  # "Patient Dana Kell" kept its role in the name
        for m in re.finditer(re.escape(name), self.text):
            before = self.text[max(0, m.start() - 25) : m.start()].split()[-1:]
            word = before[0].lower() if before else ""
            if word in _BEFORE_A_NAME and word not in self.R.title_words:
                return True  # "Homeowner Dana Kell", "patient Dana Kell"
        return False

    def _called_beside(self, S: _Sentence, a: int, label: str, fits) -> str | None:
        """Someone named in this sentence before token a or in the three before it whom the
        article calls ``label`` right beside the name ("Quarterback Devin Hargrove", "Site
        electrician Joe Carver", "Sen. Carla Benavides, a Democrat,", "(D-Fla.)"), the most
        recent first, if ``fits`` them; else None."""
        party = {"democrat": "D", "republican": "R"}.get(label)
        for k in range(S.idx, max(-1, S.idx - 4), -1):
            people = self._first_people(k)
            if k == S.idx:
                people = [p for p in people if p[0] < S.ts[a]]
            for pos, who in reversed(people):
                words = who.split()
                if words[0].lower() == label and len(words) > 2:
                    who = " ".join(words[1:])  # "Irishman Shane Lowry": the label, then the name
                elif label in who.lower().split():
                    continue  # "a Democrat" itself, taken for a name
                if not fits(who):
                    continue
                before = self.low[max(0, pos - 40) : pos]
                after = self.low[pos : pos + len(who) + 40]
                if (
                    re.search(r"\b" + label + r"\W*$", before)
                    or re.match(label + r"\b", after)  # "Quarterback Devin Hargrove"
                    # "Sen. Carla Benavides, a Democrat," (right after the name, not "Morning
                    # Brew on Thursday, the singer said")
                    or re.search(
                        rf"^[^,]{{0,{len(who) + 3}}}(?: of [\w-]+(?: [\w-]+)?)?, "
                        rf"(?:a|an|the)(?: [\w-]+)? {label}\b(?![’']s)",
                        after,
                    )
                    or (party and re.search(r"^[^,(]*(?:\(|, )" + party.lower() + "-", after))
                ):
                    return who
        return None

    def _sex_of(self, who: str) -> str | None:
        """ "he", "she" or None for a person the article names: from a title or pronoun the
        article gave them, else from their first name."""
        return self.gender.get(who, self.R.gender.get(who.split()[0]))

    def _possessive_at(self, surname: str, lo: int, hi: int) -> bool:
        """Is ``surname``, first found between ``lo`` and ``hi``, written with 's there
        ("Lewis Hamilton's car")?"""
        at = self.text.find(surname, lo, hi)
        return at >= 0 and self.text.startswith(("’s", "'s"), at + len(surname))

    def _aged_person(self, S: _Sentence, a: int, word: str) -> str | None:
        """The one person named with an age ("Graham Tully, 74,", "Rose Marsh, a 67-year-old")
        in this sentence before token a or in the sentence before, whose age and sex fit
        ``word`` ("grandfather", "teenager", "mother-of-three"), or named right beside the
        word itself ("her grandmother, Maria Fox,"); None when there is no such person or
        more than one."""
        head = word.partition("-")[0]
        lo, hi = _EPITHET_AGES.get(head, (16, 120))
        g = _EPITHET_GENDER.get(head)
        # the nearest of this sentence and the three before it that names someone with
        # an age ('"I'm not a gambler. I'm a grandmother ...," the grandmother said': the
        # quotation can open a sentence or two after the name)
        start = self.sentences[S.idx - 1]["start"] if S.idx > 0 else S.start
        for back in range(1, min(3, S.idx) + 1):
            earlier = self.sentences[S.idx - back]
            if _NAME_WITH_AGE.search(self.text, earlier["start"], earlier["end"]):
                start = earlier["start"]
                break
            if self._first_people(S.idx - back):
                break  # someone else named in between, without an age
        found = set()
        for m in _NAME_WITH_AGE.finditer(self.text, start, S.ts[a]):
            age = int(m.group(2) or m.group(3))
            who, _ = self._person(m.group(1).split())
            if who is None or not lo <= age <= hi:
                continue
            if g and self._sex_of(who) not in (None, g):
                continue
            found.add(who)
        # "The girls’ grandmother, Maria Fox, told ...": named right beside the same word
        beside = re.compile(r"\b" + re.escape(word) + r", ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}),")
        for m in beside.finditer(self.text, start, S.ts[a]):
            who, _ = self._person(m.group(1).split())
            if who is not None and (not g or self._sex_of(who) in (None, g)):
                found.add(who)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _epithet(low: list[str], a: int, b: int) -> bool:
        """Are words a..b a life-stage or family word standing for a person ("grandfather",
        "teenager", "retired nurse" is not one; "father of two", "mother-of-three")?"""
        if a > b:
            return False
        if b - a >= 2 and low[a + 1] == "of" and low[a] in _EPITHETS and low[b] in _SMALL_COUNTS:
            return b - a == 2  # "father of two"
        words = low[a : b + 1]
        if len(words) == 1:
            w = words[0]
            head, _, count = w.rpartition("-of-")
            # (a bare "the mother" or "the father" is as often someone else's parent)
            return (w in _EPITHETS and w not in _PARENTS) or (
                head in _EPITHETS and count in _SMALL_COUNTS
            )
        return False

    def _colon_cue(self, S: _Sentence, i: int) -> _Cue | None:
        """A headline that gives a speaker, a colon and their words. Headlines use the
        colon for labels and profiles far more often ("Premier League: City beat United",
        "Hale: charged with fraud"), so only two forms count: a quotation after the colon
        from someone the article names in full or an office or body ("Rojas: “We will
        not pass this bill”"), and police or an office holder alone before words
        with a verb ("Police: man arrested after stabbing", "Mayor: city will not raise
        taxes")."""
        if i < 1 or i + 1 >= len(S.tok):
            return None
        words, R = S.tok[:i], self.R
        last = words[-1].lower()
        quoted = S.q[i + 1] == "open"
        sp = None
        if quoted and len(words) <= 2 and all(w[:1].isupper() for w in words):
            full = self._surname_full(words[-1])
            if (
                full is not None
                and (len(words) == 1 or full.endswith(" ".join(words)))
                # a person beyond doubt: a known first name, or a title before the name
                and (full.split()[0] in R.gender or full in self._titled_names())
            ):
                mention = S.span(0, i - 1)
                note = f"'{mention}' is {full}, named in full in the article"
                sp = _named_person(full, mention, S.ts[0], S.te[i - 1], note, self.gender.get(full))
        office = len(words) == 1 and (last == "police" or last in R.title_words)
        body = quoted and (last in R.inst_words or words[-1] in R.org_endings)
        if sp is None and ((office and (quoted or self._verb_after(S, i + 1))) or body):
            sp = self._classify(S, 0, i - 1)
            if sp is not None and not (
                sp.source_type in ("institution", "spokesperson", "anonymous")
                or (sp.source_type == "named_person" and last in R.title_words)  # "Mayor:"
            ):
                sp = None
        if sp is None:
            return None
        return _Cue("speaker, then colon", S.ts[i], S.te[i], sp, content=(S.te[i], S.end))

    def _verb_after(self, S: _Sentence, k: int) -> bool:
        """Do the words from token k hold a verb ("man arrested", "city will not")?"""
        return any(w in _AUX or w in _BE or (w.endswith("ed") and len(w) > 4) for w in S.low[k:])

    def _pair_speakers(self, cues: list[_Cue]) -> tuple[list[_Cue], list[tuple[_Cue, _Cue]]]:
        """ "Arne Holm and Lise Brun said in a joint statement": two people, two entries
        (the guide: one entry per speaker per sentence). Only for two named people; two
        bodies speaking jointly stay one entry ("Caldris Pharma and Novenna said"). Returns
        the cues and, for each added person, (their cue, the cue they share)."""
        out: list[_Cue] = []
        pairs: list[tuple[_Cue, _Cue]] = []
        for c in cues:
            sp = c.sp
            if (
                sp.source_type == "named_person"
                and sp.named
                and sp.speaker
                and sp.start >= 5
                and self.text[sp.start - 5 : sp.start] == " and "
                # (not "Ines Varga and her colleagues": the team already holds its leader)
                and not _is_team(sp)
            ):
                words = self._caps_before(sp.start - 4)
                cut = sp.start - 5 - len(" ".join(words))
                lead = self.text[max(0, cut - 200) : cut].rstrip()
                if lead and lead[-1] not in '.,;:—(“"' and not lead.endswith("\n"):
                    words = []  # "Police arrested Tom Hale and Lise Brun said": an object
                if len(words) == 3 and words[0].lower().rstrip("s") in self.R.title_words:
                    words = words[1:]  # "Ministers Arne Holm and Lise Brun"
                if (
                    len(words) == 1
                    and words[0] in self.R.gender
                    and len(sp.mention.split()) == 2
                    and sp.mention.split()[0] in self.R.gender
                ):
                    # "Joanne and Mark Ferris said": two first names and the surname they
                    # share, one source
                    who = f"{words[0]} and {sp.speaker}"
                    c.sp = replace(
                        sp,
                        speaker=who,
                        mention=f"{words[0]} and {sp.mention}",
                        start=sp.start - 5 - len(words[0]),
                        type_reason=f"{who} are named people speaking for themselves",
                        kind="group",
                        gender=None,
                    )
                    out.append(c)
                    continue
                title, _qual, rest = self._split_title(words)
                name = rest if title else words
                who = None
                if 2 <= len(name) <= 3 and self._could_be_name(name):
                    who, _note = self._person(name)
                if who and " " in who and who != sp.speaker:
                    mention = " ".join(name)
                    other = replace(
                        sp,
                        speaker=who,
                        mention=mention,
                        start=sp.start - 5 - len(mention),
                        end=sp.start - 5,
                        resolve_note=f"{who} speaks together with {sp.speaker}",
                        gender=self.gender.get(who),
                    )
                    pair = replace(c, sp=other)
                    pairs.append((pair, c))
                    out.append(pair)
            out.append(c)
        return out, pairs

    # cue parsing ---------------------------------------------------------------
    def _parse(self, S: _Sentence, a: int, b: int, kind: str, key: str) -> _Cue | None:
        i = bisect_left(S.ts, a)  # S.index_at(a)
        if i >= len(S.tok) or S.ts[i] != a:
            return None
        if kind == "colon":
            return self._colon_cue(S, i)
        if kind == "verb":
            verb = self.R.verbs[key]
            self._needs_doc = False
            c = self._verb_cue(S, i, verb, a, b)
            if c is not None and self._needs_doc and c.sp.source_type != "document":
                return None  # "figures suggest waiting times rose": only a document needs no "that"
            if (
                c is not None
                and verb.form == "reports"
                and c.sp.source_type not in ("news_agency", "document", "named_person")
                and len(c.sp.mention.split()) < 2
            ):
                return None  # "Reuters reports that": a newsroom; "Early reports that": a noun
            need = verb.when
            if c is not None and need == "vague" and c.sp.staff:
                # "Analysts at the bank expect rates to fall": a view held across a body's
                # staff, nobody in particular asked
                c.sp = replace(
                    c.sp,
                    speaker=c.sp.staff,
                    source_type="vague",
                    named=False,
                    type_reason=f"'{c.sp.mention}' is a group holding a view, not someone "
                    "the reporter asked, so the source is vague",
                    kind="group",
                )
            if c is not None and need == "vague" and self._group_opinion(S, c):
                # "Diplomats hope the truce holds": a whole group's view, nobody asked
                c.sp = replace(
                    c.sp,
                    source_type="vague",
                    type_reason=f"'{c.sp.mention}' is a whole group holding a view, not "
                    "someone the reporter asked, so the source is vague",
                    kind="group",
                )
            if (
                c is not None
                and need == "vague"
                and verb.lemma in _BODY_OPINION
                and self._official(c.sp)
                and self._clause_follows(S, c.ce)
            ):
                return c  # "police believe the gun was stolen": a body's official view
            if c is not None and need in ("vague", "document") and c.sp.source_type != need:
                k = S.index_at(c.ce)
                aux = next(
                    (
                        x
                        for x in range(k + 1, min(k + 5, len(S.low)))
                        if S.low[x] in _AUX or S.low[x] in _BE
                    ),
                    None,
                )
                ruling = (
                    need == "document"
                    and (c.sp.head or "") in _RULING_BODIES
                    and self._clause_follows(S, c.ce)
                    and aux is not None
                    # not a thing found and described ("Investigators found a phone that
                    # was later traced", "found the gun, which was hidden")
                    and not any(
                        (
                            S.low[x] in ("that", "which", "who")
                            and x + 1 == aux
                            # ("found failings that were putting residents at risk": the
                            # noun is itself the finding)
                            and S.low[x - 1] not in _FINDING_NOUNS
                        )
                        or S.tok[x] == ","
                        for x in range(k + 1, aux)
                    )
                    # nor a finding told inside someone else's words ("..., the court heard",
                    # "..., the inquest was told", "according to ...")
                    and not _HEARD_AFTER.search(S.text, max(0, c.ce - S.start))
                )  # "a housing tribunal found it had left tenants in mould": a finding
                # "..., an investigation by the Gazette has found.": the finding comes first
                v = S.index_at(c.cs)
                back = next((x for x in range(v - 1, max(-1, v - 10), -1) if not S.is_word(x)), -1)
                closing = (
                    verb.lemma in _FINDING
                    and (k >= len(S.low) or S.tok[k] in (".", "!"))
                    and back >= 0
                    and S.tok[back] == ","
                )
                # "Police watchdog finds call handlers ignored warnings": a headline drops
                # "that"; a body's finding when a clause with its own verb follows
                headline = (
                    S.part == "headline"
                    and verb.lemma in _FINDING
                    and c.sp.source_type in ("institution", "news_agency")
                    and any(w.endswith("ed") or w in _AUX or w in _BE for w in S.low[k + 1 : k + 7])
                )
                if (
                    not (k < len(S.low) and S.low[k] == "that")
                    and not ruling
                    and not closing
                    and not headline
                ):
                    return None  # "police found a body"; but "researchers found that ..."
            if c is not None and verb.lemma in _SEEING and not self._seen_as(S, b):
                return None  # "investors saw demonstrations": seeing, not an opinion
            if (
                c is not None
                and verb.lemma in ("feel", "suspect")
                and not self._finite_clause_follows(S, b)
            ):
                return None  # "residents felt the smoke": a feeling, not an opinion
            if c is not None and verb.lemma == "claim" and not self._claim_is_speech(S, b):
                return None  # "both countries claim the hills": ownership, not speech
            return c
        if kind == "source":
            j = S.index_at(b)
            np = self._np_forward(S, j, whose=key == "according to")
            if np is None:
                return None
            np = self._name_with_and(S, np)
            if key == "quoted":
                return self._quoted_as_saying(S, a, b, np)
            text_head = self._text_before_its_history(S, np)
            text_cue = (
                self._according_to_text(S, a, b, i, np, text_head)
                if text_head is not None
                else None
            )
            if text_cue is not None:
                return text_cue  # (else as usual: "the mayor's letter dated June 4")
            ext = self._extra_after(S, np[1])
            via = None
            for x in range(np[0], np[1]):
                if (
                    S.low[x] in self.R.channel_of
                    and S.low[x] not in self.R.documents
                    and S.low[x + 1] in ("from", "by", "of")
                ):
                    via = x  # "according to a statement from the ministry": the ministry, through a statement
                    break
            if via is not None and via + 2 <= np[1]:
                sp = self._classify(S, via + 2, np[1], marker_region=(S.ts[np[0]], S.te[np[1]]))
            else:
                sp = self._classify(
                    S,
                    np[0],
                    np[1],
                    marker_region=(S.ts[np[0]], ext[1] if ext else S.te[np[1]]),
                    extra=ext,
                )
            if sp is None:
                return None
            if (
                key == "citing"
                and sp.source_type == "anonymous"
                and not any(
                    w in self.R.anon_heads
                    or w in _PEOPLE_WORDS
                    or w in _MEN_PLURALS
                    or w.rstrip("s") in _PEOPLE_WORDS
                    or w in self.R.channel_of
                    or w in self.R.documents
                    or self._a_person([w])
                    for w in sp.mention.lower().split()
                )
                and not any(t[:1].isupper() for t in sp.mention.split()[1:])
            ):
                return None  # "withdrew, citing a back injury": a reason, not a source
            head = sp.mention.lower().split()[-1] if sp.mention else ""
            if key == "citing" and sp.source_type == "vague" and head in _REASONS:
                return None  # "cancelled 300 flights, citing staff shortages": a reason
            if key == "according to":
                return self._according_cue(S, a, b, i, np, sp)
            c = _Cue("citing", a, b, sp, embeds=False)
            c.cited = True
            return c
        if kind == "vague":
            return self._vague_phrase(S, a, b)
        if kind == "noun":
            return self._noun_cue(S, i, a, b, key)
        if kind == "attached":
            sp = self._main_subject(S, i)
            if sp is None:
                return None
            return _Cue("words attached to a post", a, b, sp, content=(b, S.end), far_speaker=True)
        return None

    def _text_before_its_history(self, S: _Sentence, np: tuple[int, int]) -> int | None:
        """ "according to a notification issued by the authority", "a health inspection
        report dated Feb. 11", "a risk management plan the company filed in 2023": a text
        named first, then how it came about. The text is the source; the body or the date
        after it only says where it came from. Returns the text's word (the head), or None.
        Not "a statement from the ministry" (a body speaking through a statement) or "a
        spokesman's report": only a document's word, right before a participle or a new
        "the/a/its ..." that starts the clause it was written in."""
        low = S.low
        for x in range(np[0], np[1]):
            if low[x] in ("from", "by", "of", "for", "to", "with") or S.q[x]:
                return None  # "officials of the report's authors": not a text first
            nxt = low[x + 1]
            if (
                low[x] not in self.R.documents
                or self.R.channel_of.get(low[x], "document") != "document"
                or nxt in self.R.documents  # (not "inspection" in "a health inspection report")
            ):
                continue
            if nxt in _TEXT_HISTORY or (
                nxt in ("the", "a", "an", "its", "their")
                and x + 3 <= np[1]
                and any(low[y] in _TEXT_HISTORY for y in range(x + 2, min(np[1], x + 5) + 1))
            ):
                return x
            return None
        return None

    def _according_to_text(
        self, S: _Sentence, a: int, b: int, i: int, np: tuple[int, int], head: int
    ) -> _Cue | None:
        """ "According to a notification issued by the authority on Friday, ...": the text
        speaks, described with where it came from (see _text_before_its_history)."""
        sp = self._classify(S, np[0], head, marker_region=(S.ts[np[0]], S.te[np[1]]))
        if sp is None or sp.source_type != "document":
            return None
        sp = replace(
            sp,
            speaker=self._describe(S, np[0], np[1]),
            mention=S.span(np[0], np[1]),
            end=S.te[np[1]],
            type_reason=f"'{S.tok[head]}' is a document, not a person; the words after it "
            f"('{S.span(head + 1, np[1])}') only say where it came from",
        )
        return self._according_cue(S, a, b, i, np, sp)

    def _according_cue(
        self, S: _Sentence, a: int, b: int, i: int, np: tuple[int, int], sp: _Speaker
    ) -> _Cue:
        """The cue for "according to" + the source np: the words it covers are the clause
        before it ("..., according to X") or after it ("According to X, ...")."""
        c = _Cue("according to", a, b, sp, embeds=False)
        if i > 0 and S.tok[i - 1] in (",", "—", "–"):
            c.outer, c.content = True, (S.start, a)
        else:
            c.content = (S.te[np[1]], S.end)
        # "according to an internal review and three current and former members of
        # staff": a second source of the same words
        second = self._second_source(S, np[1])
        if second is not None and second.speaker != sp.speaker:
            c2 = _Cue("according to", a, b, second, embeds=False)
            c2.outer, c2.content = c.outer, c.content
            c.also.append(c2)
        return c

    def _name_with_and(self, S: _Sentence, np: tuple[int, int]) -> tuple[int, int]:
        """ "according to the Food and Drug Administration", "the Irish Nurses and Midwives
        Union": one body's name with "and" inside, when the words before "and" end in no
        body's word and the capitalised words after it do ("Administration", "Union")."""
        low, tok = S.low, S.tok
        e = np[1]
        if not (
            e + 2 < len(tok)
            and low[e + 1] == "and"
            and tok[e + 2][:1].isupper()
            # "the Food and ...": a name after "the" (not "Ryanair and British Airways", "Dr
            # Nora Hale and Kettering Council": two names, each whole)
            and tok[np[0]] == "the"
            and all(tok[x][:1].isupper() for x in range(np[0] + 1, e + 1))
            and not tok[e].isupper()  # not "the IMF and World Bank"
            and tok[e] not in self.R.org_endings
            and not self.R.inst_names.search(" ".join(tok[np[0] + 1 : e + 1]))
        ):
            return np
        r = e + 2
        while r + 1 < len(tok) and tok[r + 1][:1].isupper() and S.is_word(r + 1):
            r += 1
        if r + 1 < len(tok) and low[r + 1] == "of":
            return np  # "the Treasury and Bank of England": two bodies
        return (np[0], r) if tok[r] in self.R.org_endings else np

    def _second_source(self, S: _Sentence, end: int) -> _Speaker | None:
        """After "according to A", a source joined by "and" ("and three current and former
        members of staff", "and two people familiar with the talks"), when it starts as
        a source does (an article, a number or a name) and ends the clause."""
        low, tok = S.low, S.tok
        k = end + 1
        if k + 1 >= len(low) or low[k] != "and" or not S.is_word(k + 1):
            return None
        if any(w in ("of", "for", "from", "between") for w in low[max(0, end - 3) : end]):
            return None  # "figures for England and Wales", "the parents of Amy and Tom Grant"
        w = low[k + 1]
        if not (w in _DETS or w in _QUANT or w.isdigit() or tok[k + 1][0].isupper()):
            return None
        np = self._np_forward(S, k + 1)
        if np is None or (np[1] + 1 < len(low) and S.is_word(np[1] + 1)):
            return None  # "according to police and a lorry then hit the car": a new clause
        sp = self._classify(S, np[0], np[1], marker_region=(S.ts[np[0]], S.te[np[1]]))
        return sp if sp is not None and sp.source_type != "vague" else None

    def _text_at_start(self, S: _Sentence, a: int, b: int) -> tuple[int, int]:
        """ "A report to councillors says", "A letter from the ministry to head teachers,
        seen by the Gazette, shows": the text that opens the sentence is the subject, not
        the last noun of the phrases after it ("councillors", "head teachers")."""
        low, R = S.low, self.R
        if a == 0 or low[0] not in ("a", "an", "the"):
            return a, b
        for x in range(1, min(a, 4)):
            if not S.is_word(x) or not S.tok[x][0].islower():
                return a, b
            if low[x] in R.documents:
                nxt = low[x + 1] if x + 1 < len(low) else ""
                if (
                    (
                        nxt in _PREPS
                        or nxt == "to"
                        or nxt.endswith("ed")
                        or nxt in _IRREGULAR_PARTICIPLES  # "An internal memo sent to staff"
                    )
                    and all(S.is_word(y) for y in range(x, a))  # no parenthesis between
                    and not any(w in R.verbs for w in low[x + 2 : a])  # nor another verb
                ):
                    return 0, b
                return a, b
        return a, b

    def _unnamed_aside(self, S: _Sentence, j: int) -> tuple[int, int] | None:
        """The person before a "who" clause ending at token j that says why they are not
        named, however long the reason ("A lottery employee who spoke on condition of
        anonymity because she feared losing her job said", "A district official familiar
        with it, who spoke on condition of anonymity because the draft is still being
        reviewed, said"): the words from the sentence's start (or its last comma before
        the clause) to the "who"."""
        low = S.low
        for w in range(j, max(0, j - 30), -1):
            if (
                S.q[w]
                or S.tok[w] in (";", ":", "—", "–", "(", ")")
                or low[w] in ("while", "whereas", "but", "although", "though")
            ):
                return None  # (not across a clause: "..., while one team-mate, speaking on")
            if low[w] != "who":
                continue
            if not _UNNAMED_ON_PURPOSE.search(" ".join(low[w + 1 : j + 1])):
                return None  # (also "who lives near the junction, and did not want to be named")
            k = w - 2 if low[w - 1] == "," else w - 1
            if low[w - 1] == "and" and w >= 3 and low[w - 2] == ",":
                k = w - 3  # "A retired engineer who worked on it, and who asked not to be named,"
            a = k
            while a > 0 and S.is_word(a - 1) and low[a - 1] not in self.R.verbs:
                a -= 1
            while a < k and (low[a] in ("but", "and", "yet") or low[a] in _SUBORDINATORS):
                a += 1  # "After officials who spoke on condition of anonymity said ..."
            if a > k or not S.is_word(a):
                return None
            return a, k
        return None

    def _says_after(self, low: list[str], k: int) -> bool:
        """Is word k a saying or opinion verb, perhaps after "have"/"had" ("a man who police
        say", "who police have said", "who police described as"), and not one that says
        what was done to someone ("a woman who police questioned")?"""
        if k < len(low) and low[k] in ("have", "has", "had"):
            k += 1
        return k < len(low) and low[k] in self.R.verbs and low[k] not in _DONE_TO

    def _relative_subject(self, S: _Sentence, a: int, b: int) -> tuple[int, int]:
        """ "People who have worked with both chefs say": the subject is the people the
        relative clause describes, not the last words of the clause ("both chefs"). Only
        for a plural at the start of the sentence, with nothing but words in between."""
        low = S.low
        for w in range(a, 0, -1):
            if not S.is_word(w):
                return a, b
            if self._contact_clause_after(S, w):
                # "A girl I tested last month told me", "Every caretaker I know says": the
                # person the clause after "I" describes (with no "who")
                return 0, b
            if w == a:
                continue
            if low[w] in ("who", "that", "whose"):
                head = w - 1
                if head == 0 and low[0] in ("someone", "somebody", "anyone"):
                    return 0, b  # "Someone who was at the meeting said"
                # "The teenager who witnesses said was pushed", "A man who police say is":
                # the clause has a subject of its own; "The woman who told police ...": the
                # clause is the attribution
                own = (
                    low[w] != "whose"
                    and w + 1 <= b
                    and (
                        low[w + 1] in _DETS
                        or low[w + 1] in _PRONOUNS
                        or low[w + 1] in self.R.crowd_plurals
                        or low[w + 1] in self.R.vague_subjects
                        or low[w + 1] in self.R.anon_heads
                        or low[w + 1] == "police"
                        or any(x in self.R.verbs for x in low[w + 1 : b + 1])
                    )
                )
                if (
                    head == 1
                    and low[0] in ("a", "an", "one")
                    and S.tok[1][0].islower()
                    # ("A man who police say is ...": the clause's subject, then the cue;
                    # but "A resident who police interviewed said": the resident)
                    and not (own and w + 1 == b and self._says_after(low, b + 1))
                ):
                    return 0, b  # "A nurse who works on the ward said": the nurse
                if (
                    head == 1
                    and low[0] == "the"
                    and S.tok[1][0].islower()
                    and (
                        low[w] == "who"
                        and not own
                        or low[1] in self.R.documents
                        or (
                            low[w] == "that"
                            and not own
                            and low[1] in self.R.inst_words
                            and b - w <= 6
                            and not any(
                                x in _AUX or x in _SUBORDINATORS or x == "and"
                                for x in low[w + 2 : b + 1]
                            )
                        )
                    )
                ):
                    # "The man who shot the mayor said", "The report that ...", "The trust
                    # that runs the club announced"
                    return 0, b
                if (
                    1 < head <= 7
                    and low[w] == "who"
                    and not own
                    and (
                        low[0] in ("a", "an", "one", "the")
                        or low[0] in _VAGUE_QUANT
                        or low[0] in _QUANT  # "Two Western diplomats who attended the talks"
                        or low[0].isdigit()
                    )
                    and not any(x in self.R.verbs or x in _BE for x in low[1:head])
                ):
                    # "A diplomat from a third country who was briefed on the talks said",
                    # "Many of those who came said": the people the sentence opens with
                    return 0, b
                start = head - 1 if head > 0 and low[head - 1] in _VAGUE_QUANT else head
                if (
                    start <= 1
                    and self._plural_subject(S, head, head)
                    and low[head] not in _PRONOUNS
                ):
                    return (0 if start == 1 and low[0] in _DETS else start), b
                return a, b
        return a, b

    def _with_contact_clause(
        self, S: _Sentence, a: int, b: int, w: int, marker_region, extra
    ) -> _Speaker | None:
        """ "A girl I tested last month told me": the person before "I", described with the
        whole clause ("a girl I tested last month")."""
        who = self._classify(S, a, w - 1, marker_region, extra)
        if who is None or who.named:
            return who
        while b + 1 < len(S.low) and S.is_word(b + 1) and S.low[b + 1] not in self.R.verbs:
            b += 1  # "A girl I tested last month": to the verb, past the time
        if b == w:
            return None  # "The officer I complained to said": the cue is the clause's own verb
        desc = S.span(a, b)
        desc = desc[:1].lower() + desc[1:]
        return replace(
            who,
            speaker=desc,
            mention=S.span(a, b),
            end=S.te[b],
            type_reason=who.type_reason.replace(f"'{who.mention}'", f"'{S.span(a, b)}'"),
        )

    def _contact_clause_after(self, S: _Sentence, w: int) -> bool:
        """Does the "I" or "we" at ``w`` start a clause with no "who" about the person the
        sentence opens with ("A girl I tested", "Every caretaker I know", "Growers we spoke
        to"; not "The cabinet I chaired", "Yesterday I said")?"""
        if S.tok[w] not in ("I", "we"):
            return False
        low = S.low
        head = low[w - 1]
        opener_ok = low[0] in _CONTACT_OPENERS and 2 <= w <= 4 or w == 1 and head.endswith("s")
        return (
            opener_ok
            and all(S.tok[x][:1].islower() for x in range(1, w))
            and (
                _is_person_word(head)
                or self._a_person([head])
                or head.endswith("s")
                and (head in self.R.crowd_plurals or self._a_person([head[:-1]]))
            )
            and not any(x in _AUX or x in self.R.verbs or x in _PREPS for x in low[1:w])
        )

    def _passive_agent(self, S: _Sentence, a: int, b: int) -> tuple[int, int]:
        """ "The story was first revealed on Tuesday by the Sentinel, which reported ...": the
        one a relative clause speaks of is the agent after "by", not the words before it."""
        low = S.low
        for x in range(b - 1, a, -1):
            if low[x] == "by":
                # past a time phrase: "revealed on Tuesday by", "revealed last month by"
                y = x - 1
                while y > a and x - y <= 3 and low[y] in _WHEN_BETWEEN:
                    y -= 1
                w = low[y]
                if w.endswith("ed") or w in _IRREGULAR_PARTICIPLES:
                    if y >= 2 and S.tok[y - 1] == "," and S.is_word(y - 2):
                        # "a design review, seen by the Gazette, which recommended": the
                        # review; the participle is only an aside about it
                        before = self._np_back(S, y - 2)
                        if before is not None:
                            # from its last article: "appears in a 2022 design review"
                            arts = [
                                d for d in range(before[0], y - 2) if low[d] in ("a", "an", "the")
                            ]
                            return (arts[-1] if arts else before[0]), y - 2
                    return x + 1, b
                break
        return a, b

    def _quoted_as_saying(self, S: _Sentence, a: int, b: int, np: tuple[int, int]) -> _Cue | None:
        """ "The agency quoted President Ada Voss as saying ...": Ada Voss is the speaker,
        her words reported by whoever quoted her. Only with "as saying" (or "as telling")
        right after the name: "he quoted Shakespeare" reports no one's statement."""
        k = np[1] + 1
        low = S.low
        if k < len(low) and low[k] == ",":
            # "quoted Emil Stanek, a government spokesman, as saying": past the aside
            close = next((x for x in range(k + 1, min(len(low), k + 10)) if low[x] == ","), None)
            if close is not None:
                k = close + 1
        if not (k + 1 < len(low) and low[k] == "as" and low[k + 1] in ("saying", "telling")):
            return None
        # "In his speech, Ola Rud quoted Churchill as saying ...": a person quoting someone
        # is speaking himself; the one he quotes is part of his words
        i = S.index_at(a)
        sub = self._np_back(S, i - 1) if i > 0 and S.is_word(i - 1) else None
        who = self._classify(S, *sub) if sub else None
        if who is not None and who.source_type in ("named_person", "spokesperson"):
            return None
        sp = self._classify(S, np[0], np[1], marker_region=(S.ts[np[0]], S.te[np[1]]))
        if sp is None:
            return None
        c = _Cue("quoted as saying", a, S.te[k + 1], sp, embeds=False)
        c.content = (S.te[k + 1], S.end)
        c.cited = True  # a source of its own, not part of what the quoting outlet said
        return c

    def _verb_cue(self, S: _Sentence, i: int, verb: _Verb, cs: int, ce: int) -> _Cue | None:
        low, tok = S.low, S.tok
        n = len(low)
        prev = low[i - 1] if i > 0 else ""
        if (
            prev in _NAMING_ADVERBS
            and verb.lemma in ("call", "describe")
            and i > 1
            and low[i - 2] not in _AUX
            and low[i - 2] not in _PRONOUNS
            and not tok[i - 2][0].isupper()
            and i + 1 < n
            and (S.q[i + 1] == "open" or tok[i + 1][0].isupper() or low[i + 1] == "as")
        ):
            # "chemicals often called 'forever chemicals'": a name things go by; but
            # "Kell has often called her opponents 'cowards'" is Kell speaking
            return None
        nxt = low[i + 1] if i + 1 < n else ""
        ing = verb.ing
        if tok[i][0].isupper() and i > 0 and S.part != "headline":
            return None  # "United States" is not the verb "states"
        if (
            verb.when == "document"
            and verb.form.endswith("s")
            and nxt in (",", ")")
            and i > 1
            and low[i - 2] == "of"
        ):
            return None  # "An analysis of health records, published in 2020": a noun
        phrase = (
            0
            if verb.lemma != "say"
            else 1
            if i + 1 < n and tok[i + 1] == "grace"  # ("say Grace Hale lied": a name)
            else 2
            if low[i + 1 : i + 3] in (["a", "prayer"], ["their", "goodbyes"])
            else 0
        )
        if (
            phrase
            # the phrase ends there or a preposition follows ("say grace before lunch"; not
            # "say a prayer app breached", "say grace was kind")
            and (
                i + phrase + 1 >= n
                or low[i + phrase + 1] in _PREPS
                or low[i + phrase + 1] in _SUBORDINATORS  # "before lunch"
                or not S.is_word(i + phrase + 1)
            )
            and not self._aux_within(S, i + phrase + 1, 8)
        ):
            return None  # "The children say grace before lunch" (not "grace periods should")
        if prev in ("who", "that") and nxt in ("", ".", "!", "?") and not any(S.q):
            return None  # "He speaks English only to people who insist.": nothing is said
        if prev == "who" and nxt in _FINITE_AFTER_WHO_CLAUSE:
            return None  # "Tenants who complained were sent a letter": the clause says nothing
        if (
            (nxt in ("", ".", "!") or (nxt == "that" and low[i + 2 : i + 3] in ([], ["."])))
            and not any(S.q)
            and (
                (low[0] == "what" and i == n - 1)  # a heading: "What the residents say"
                or (
                    verb.when in ("vague", "document")
                    and "not" in low[:3]
                    and low[low.index("not") + 1 :][:1] in (["everyone"], ["all"], ["everybody"])
                )  # "But not everyone agrees."
            )
        ):
            return None  # a heading "What critics say", "Not everyone agrees.": no content
        if (
            verb.lemma == "accept"
            and (
                nxt != "that"
                # the writer's own condition: "When voters accept that taxes must rise, ..."
                # (not "When pressed, Hale accepted that ...")
                or (low[0] in ("if", "unless") and "," not in S.tok[:i])
                or (
                    low[0] in _SUBORDINATORS
                    and "," not in S.tok[:i]
                    and verb.form != "accepted"  # "While Hale accepted that ..." is a concession
                )
                or not self._claim_after_that(S, i + 2)
            )
        ):
            return None  # only "accepted that repairs could have been made": a concession
        if (
            prev in ("can", "could", "may", "might")
            and tok[i - 1] != "May"  # (not "A study published in May found")
            and nxt not in ("no", "not", "nothing")  # "The review could find no record"
            and verb.when in ("vague", "document")
        ):
            return None  # "drivers can expect a saving", "the minister may find that ...":
            # what could happen, not a view anyone gave
        if (
            verb.form == "state"
            and nxt.rstrip(".") in self.R.title_words
            and (i == 0 or prev in (",", "(") or prev in _DETS or prev.endswith(("’s", "'s")))
        ):
            return None  # "state Sen. Scott Wiener": the state he serves, not a verb
        # a noun, not a verb: "the said property", "her post", "a say in it", "the report had"
        if (
            prev in _DETS
            and prev not in _QUANT_OK
            # "the keepers who cared for her say she was ...": "her" is an object here
            and not (prev == "her" and (nxt in _PRONOUNS or nxt in ("that", "the", "a")))
            # "The grandmother of six said": the count ends the speaker
            and not (prev in _SMALL_COUNTS and i > 1 and low[i - 2] == "of")
            # "Channel Six said": a number that closes a name
            and not (
                prev in _SMALL_COUNTS
                and i > 1
                and tok[i - 1][0].isupper()
                and tok[i - 2][0].isupper()
            )
        ):
            return None
        if (
            prev.endswith(("’s", "'s", "s'", "s’"))
            and not S.q[i - 1]
            # "Macy's said", "Sainsbury's says": a firm named with 's (a possessive is
            # never followed by "said")
            and not _firm_with_s(S.tok, S.low, i - 1)
        ):
            return None  # "the organisers' alleged failure": a possessive, then a noun
        if (
            prev in self.R.verbs
            and i > 1
            and prev.endswith(("s", "ed"))  # a verb's form, not "the report says"
            and low[i - 2] not in _DETS
            # "Neighbours who complained say", "Critics who have warned say": a clause
            and low[i - 2] not in _RELATIVES
            and low[i - 2] not in _AUX
            and not low[i - 2].endswith(("’s", "'s"))
            and tok[i - 1][0].islower()
            and not S.q[i - 1]
            and (verb.base or verb.form.endswith("s"))
            and nxt not in ("that", ",", ":")
            and prev not in self.R.documents  # "Court records show": the records, a text
        ):
            return None  # "Publicist slams report as 'fabricated'": the report is slammed
        if prev in _BEFORE_A_NOUN and not S.q[i - 1] and (verb.base or verb.form.endswith("s")):
            # "defended his book against claims", "faces claims from workers" (but "those
            # who voted against said": a past tense is never a noun)
            return None
        if (
            (verb.base or (verb.form.endswith("s") and verb.form != "says"))
            and (nxt in _AUX or nxt in _BE or nxt in self.R.verbs)
            # "Publicist slams report as 'fabricated'", "Minister denies claims of cover-up":
            # the next word is what is slammed or denied
            and not (
                nxt in self.R.verbs
                and i + 2 < n
                and not verb.base  # ("Police report admits": "report" is the noun)
                and (
                    low[i + 2] in ("as", "of")
                    or (nxt.endswith("s") and low[i + 2] not in _AUX and low[i + 2] not in _BE)
                )
            )
            # "wording which campaigners say is riddled with loopholes": a verb after all
            # (two words too: "a plan that wildlife groups say is cruel"; and "a man who
            # police say is not related to her")
            and not (
                (prev.endswith("s") or prev in ("police", "people"))
                and (
                    (i >= 2 and low[i - 2] in ("which", "that", "who"))
                    or (i >= 3 and low[i - 3] in ("which", "that", "who") and tok[i - 2].islower())
                    # "..., a move officials say will save the stocks", "a move small
                    # traders say will hit them": "that" left out
                    or any(
                        i >= g + 4
                        and low[i - g - 3] in ("a", "an")
                        and (low[i - g - 2] in _REPLY_NOUNS or low[i - g - 2] in _DISMISSED)
                        and tok[i - g - 2].islower()
                        and (tok[i - g - 4] == "," or low[i - g - 4] in ("in", "as"))
                        and (g == 0 or tok[i - 2].islower() and low[i - 2] not in _STOP)
                        for g in (0, 1)
                    )
                )
            )
            # "Insurers say claims could top 40 million": the noun that starts what they say
            and not (
                # "Insurers say claims could top", "Analysts warn claims will rise"; not "the
                # police report has been filed" (a noun after a noun)
                (verb.lemma == "say" or prev.endswith("s"))
                # ("Experts say demand for turtles has risen": "say" itself, then any noun)
                and (nxt.endswith("s") or (verb.lemma == "say" and verb.base))
                and self._aux_within(S, i + 2, 5)
            )
        ):
            return None
        # skip the words between the subject and the verb
        j, had_aux = i - 1, False
        while j >= 0:
            w = low[j]
            if S.q[j]:
                break
            if tok[j][0].islower() and (
                w in _SKIP or (w.endswith("ly") and len(w) > 4 and w not in _LY_NOUNS)
            ):
                had_aux = had_aux or w in _AUX
                j -= 1
            elif w in _TIME_NOUNS and j > 0 and low[j - 1] in _TIME_LEAD:
                j -= 2
            elif w in _WEEKDAYS or (w in _MONTHS and j < i - 1):
                j -= 1
            elif w.isdigit() and len(w) == 4 and j > 0 and low[j - 1] in _MONTHS:
                j -= 2  # "An engineering report dated March 2019 warned": the report
                if j >= 0 and low[j].isdigit() and len(low[j]) <= 2:
                    j -= 1  # "dated 12 March 2019"
            elif (
                w == ")"
                and (o := _bracket_start(tok, j)) is not None
                and o >= 1
                and tok[o - 1][0].isupper()
            ):
                j = o - 1  # "Rep. Tom Harwell (R-S.C.) said"
            elif (
                w == ")"
                and j >= 3
                and tok[j - 2] == "("
                and (tok[j - 1].isupper() or _PARTY_TAG.fullmatch(tok[j - 1]))
                and tok[j - 3][0].isupper()
            ):
                # "The Rail Workers' Union (RWU) said": the union, its initials set aside;
                # "Sen. Ann Cole (R-Ohio) said": her party and state
                j -= 3
            elif w == "," and j >= 2 and low[j - 1] in _DISCOURSE and tok[j - 2] == ",":
                j -= 3  # "Smith, however, said"
            elif (
                w == ","
                and j >= 3
                and (low[j - 2], low[j - 1]) in _DISCOURSE_PAIRS
                and tok[j - 3] == ","
            ):
                j -= 4  # "Smith, of course, said"
            elif (
                self._involved  # _not_involved finds nothing in an article without the word
                and tok[j][0].islower()
                and (x := self._not_involved(S, j)) is not None
            ):
                j = x  # "Scientists not involved in the study said": the scientists
            elif (
                j < i - 1  # a time phrase was stepped over: "published on Monday"
                and (w.endswith("ed") or w in _IRREGULAR_PARTICIPLES)
                and tok[j][0].islower()
                and j > 0
                and S.is_word(j - 1)
                and low[j - 1] not in _DETS
                and low[j - 1] not in _BE
                and low[j - 1] not in _AUX
                and low[j - 1] not in _STOP
            ):
                j -= 1  # "A report published on Monday found": the report found
            else:
                break
        if j >= 0 and low[j] in _BE and verb.lemma == "quote as saying":
            j -= 1  # "the mayor was quoted as saying": the mayor is the speaker
        elif j >= 0 and low[j] in _BE and not ing:
            if verb.form in _FIRST_TOLD_BY and nxt == "by":
                return self._told_first_by(S, i, verb, cs)
            return None  # passive: "he was told", "it is said"
        if j >= 0 and low[j] == "to":
            took = next(
                (
                    x
                    for x in range(j - 3, max(j - 8, -1), -1)
                    if low[x] in ("took", "takes", "take", "taking") and low[x + 1] == "to"
                ),
                None,
            )
            end = j
            if took is not None:  # "took to social media on Sunday to say": the time set aside
                end = next((x for x in range(took + 2, j) if low[x] in _AFTER_PLACE), j)
            place = " ".join(tok[took + 2 : end]) if took is not None else ""
            if place in self.R.platform_names or place.lower() in ("social media", "the internet"):
                # "Stuart Pellow took to Instagram to say ...", "The club took to social media
                # to say ...": the one who took to it
                sp = self._main_subject(S, took)
                if sp is not None:
                    sp = replace(sp, channel_hint=("social_media", S.span(took, j - 1)))
                return _far_cue("took to a platform", S, cs, ce, sp, verb)
            wrote = next(
                (x for x in range(j - 1, max(j - 7, -1), -1) if low[x] in _WROTE_FORMS), None
            )
            if (
                wrote is not None
                and all(S.is_word(y) for y in range(wrote, j))
                # (not "wrote to say": "wrote" is the cue itself)
                and not (wrote == j - 1 and low[wrote] == "wrote")
            ):
                # "Several readers have written in recent months to complain that ...": they
                # complained in writing
                sp = self._main_subject(S, wrote)
                if sp is not None:
                    sp = replace(sp, channel_hint=("document", S.span(wrote, wrote)))
                return _far_cue("wrote to say", S, cs, ce, sp, verb)
            if (
                j >= 1
                and low[j - 1] in _FOND_OF
                and verb.form in ("say", "claim", "blame", "argue")
                and not (j >= 2 and low[j - 2] in _WISH_AUX)  # "would like to say": a wish
            ):
                # "My trade likes to say that ...", "The agency likes to blame ...": a habit
                # of saying, so the one who likes to is speaking
                sp = self._main_subject(S, j - 1)
                return _far_cue("likes to say", S, cs, ce, sp, verb) if sp is not None else None
            if not (
                j >= 2 and low[j - 1] in _CLAUSE_SPOKE_TO and self._contact_clause_after(S, j - 2)
            ):
                return None  # "to say", "asked to tell"
            # (but "Growers I speak to say", "Most people we spoke to said": the verb of
            # the people the clause describes)
        end_cue = max(i, bisect_left(S.ts, ce) - 1)  # "pointed out" ends a token later
        if end_cue + 1 < n and low[end_cue + 1] == "as" and verb.when in ("complement", "vague"):
            end_cue += 1
        nxt = low[end_cue + 1] if end_cue + 1 < n else ""
        if (
            verb.form == "read"
            and (prev in self.R.channel_of or prev in self.R.documents)
            and nxt in ("to", "by", "out", "aloud")
        ):
            return None  # "In a statement read to the court, Simon Ashworth said": read out
        if verb.lemma == "argue" and nxt in ("over", "about", "with"):
            return None  # "the two countries have argued over the border": a dispute
        if (
            verb.lemma in ("announce", "unveil", "publish", "reveal")
            and prev in ("will", "would", "to", "could", "shall", "may", "might")
            and not any(w in ("that", "whether", "if", ":") for w in low[i + 1 : i + 5])
        ):
            return None  # "The province will announce funding next week": an act to come
        if prev in ("not", "never") and (not nxt or nxt in (".", "!", "?")):
            return None  # "She did not answer.": nothing said
        if (
            verb.form in ("claims", "reports")
            # "rocked by bullying claims", "faces dozens of injury claims": a noun (not "a
            # group of residents claims": a plural before it is its subject)
            and i > 1
            and low[i - 2] in ("by", "of", "among", "about", "from")
            and S.tok[i - 1][:1].islower()
            and not low[i - 1].endswith("s")
            and low[i - 1] not in _DETS
            and low[i - 1] not in _PRONOUNS
            and S.is_word(i - 1)
        ):
            return None
        if (
            verb.form.endswith("s")
            and (
                # "Pressed on reports that ...", "Asked about claims that ...": what was asked about
                (prev in ("on", "about") and i > 1 and low[i - 2] in _ASKED)
                # "quits over lobbying claims", "amid bribery claims": a noun before a noun
                or (
                    i > 1
                    and low[i - 2] in _BEFORE_CLAIMS
                    and S.tok[i - 1][:1].islower()
                    and prev not in _PRONOUNS
                    and prev not in _DETS
                    and S.is_word(i - 1)
                )
            )
        ):
            return None
        if verb.lemma == "testify" and verb.form == "testifies" and nxt == "to":
            return None  # "His record testifies to his commitment": evidence, not words
        if verb.lemma == "comment" and prev in ("public", "further", "of", "for", "without"):
            return None  # "three hours of public comment": a noun
        if (
            verb.lemma == "tell"
            and (
                # "scanners that can tell a cellphone from a handgun": to tell apart
                (
                    prev in ("can", "could", "cannot", "couldn't", "can't")
                    and "from" in low[i + 2 : i + 7]
                )
                # "it tells you everything about the scheme": what a fact shows
                or (
                    nxt in ("you", "us")
                    and i + 2 < n
                    and (low[i + 2] in _TELLS_ALL or low[i + 2 : i + 4] == ["a", "lot"])
                )
            )
        ):
            return None
        if (
            prev in _QUANT_OK
            and prev not in ("that", "one", "another")
            and verb.form.endswith("s")
            and not verb.form.endswith("ss")
        ):
            return None  # "liking several replies", "many claims": a plural noun, no verb
        if (
            prev in ("not", "never")
            and verb.lemma in ("post", "tweet", "write", "publish", "speak", "comment")
            and nxt not in ("that", ":", ",")
            and not any(S.q[i + 1 : i + 8])
        ):
            return None  # "Baker has not posted on the account since": nothing said
        if (
            verb.lemma == "claim"
            and nxt in _CLAIMED_DUES
            and not any(w in _BE or w in _AUX or w == "that" for w in low[i + 2 : i + 6])
        ):
            # "can claim a refund", "claimed compensation": money, not words (but "claimed
            # a cover-up had taken place" says something)
            return None
        if verb.when == "vague" and prev == "who" and verb.form in ("believe", "think", "feel"):
            return None  # "Drivers who believe they were overcharged can claim": a condition
        if verb.lemma == "doubt" and (nxt not in ("that", "whether", "if") or prev in _DOUBT_NOUN):
            return None  # "casts doubt on", "serious doubts that": the noun
        if (
            verb.lemma == "say"
            and nxt in ("little", "nothing")
            and not self._nothing_clause(S, end_cue + 2)
        ):
            # "Valtane has said little since she was charged": no words reported (but "said
            # nothing would change" reports them)
            return None
        if (
            verb.lemma == "tell"
            and not ing
            and (
                not nxt
                or nxt in (".", "!", "?")
                # (a headline drops "was": "Court told of missed warnings")
                or (S.part == "headline" and verb.form == "told" and nxt in ("of", "that", "how"))
            )
            and prev in _HEARING_BODIES
        ):
            return None  # "Pop star hid €6m, court told": the court was told, by someone else
        if nxt in _WH and not _NEGATIONS.isdisjoint(low[j + 1 : i]):
            return None  # "the council has not said what will happen": nothing is said
        comp = self._complement_ok(S, i, verb)
        if not comp and verb.lemma not in _DOC_NO_THAT:
            return None
        self._needs_doc = not comp
        cue_end = S.te[end_cue]
        after_quote = j >= 0 and (
            S.q[j] == "close" or (tok[j] in ",—–" and j > 0 and S.q[j - 1] == "close")
        )

        if j < 0 or tok[j] in (",", "—", "–", ":", ";", "(") or S.q[j] == "close":
            quoted_word = False
            if ing and j > 0 and S.q[j] == "close" and tok[j - 1] == ",":
                # 'downgraded the stock to "hold," saying', 'labelled it "unlawful," saying'
                # (not 'The album includes "Home," saying')
                opened = next((o for o in range(j - 1, max(-1, j - 8), -1) if S.q[o] == "open"), -1)
                quoted_word = opened > 0 and any(
                    w in ("to", "as") or w.endswith("ed") for w in low[max(0, opened - 4) : opened]
                )
            if ing and j >= 0 and (tok[j] == "," or quoted_word):
                # (also after a quoted word with its comma inside: 'to "hold," saying')
                sp = self._main_subject(S, j if tok[j] == "," else j - 1)
                return _far_cue("saying-verb after a comma", S, cs, cue_end, sp, verb)
            if j >= 0 and tok[j] == "," and not after_quote:
                app = self._appositive_subject(S, j) or self._lead_name(S, j)
                np = self._unnamed_aside(S, j - 1)
                if np is not None and (app is None or app.start > S.ts[np[0]]):
                    # the aside's reason named something, not the speaker ("familiar
                    # with it, who spoke on condition of anonymity because the draft ...")
                    app = self._classify(S, *np, marker_region=(S.ts[np[0]], S.te[np[1]]))
                if app is not None:
                    c = _Cue("speaker, then saying-verb", cs, cue_end, app, verb)
                    self._set_content(S, c, end_cue)
                    return c
                if _closes_relative_aside(S.tok, S.low, j):
                    if low[0] in ("one", "another") and tok[1] == "," and low[2] == "who":
                        # "Another, who had flown in for the show, posted:": one more of
                        # the people who spoke just before
                        sp = self._classify(S, 0, 0)
                        if sp is not None:
                            c = _Cue("speaker, then saying-verb", cs, cue_end, sp, verb)
                            self._set_content(S, c, end_cue)
                            return c
                    return None  # "Channel Six, which airs the show, denied any wrongdoing"
            if j < 0 and verb.base and ":" not in S.tok and not any(S.q):
                # "Report faults river works": a noun, no verb (but "Say the residents:
                # “We will fight”" gives its words after a colon)
                return None
            # "told Radio Solvig": whoever is told is never the speaker, nor what is
            # dismissed or denied ("..., dismissed the bill as ...")
            inv = (
                None
                if verb.lemma in ("tell", "put", "put it")
                or (verb.lemma in _OBJECT_AFTER and not after_quote)
                else self._inverted_np(S, end_cue)
            )
            if inv is not None:
                ext = self._extra_after(S, inv[1])
                sp = self._classify(
                    S,
                    inv[0],
                    inv[1],
                    marker_region=(S.ts[inv[0]], ext[1] if ext else S.te[inv[1]]),
                    extra=ext,
                )
                if sp is not None:
                    rule = (
                        "quote, then saying-verb and speaker"
                        if after_quote
                        else "saying-verb, then speaker"
                    )
                    return _Cue(
                        rule,
                        cs,
                        cue_end,
                        sp,
                        verb,
                        inverted=True,
                        outer=True,
                        content=(S.start, cs),
                    )
                return None
            if (
                inv is None
                and S.q[j] == "close"
                and j >= 2
                and tok[j - 1] == ","
                # not "Mayor Lund, who called the report “garbage,” said": that aside's own
                # verb gives the attribution, with its quotation
                and not any(w in self.R.verbs for w in low[max(0, j - 12) : j])
            ):
                # "Alertline Inc., whose platform the county bought as an “upgrade,” said in a
                # statement": a short quoted word ends the aside, its comma inside the marks
                app = self._appositive_subject(S, j + 1)
                if app is not None:
                    c = _Cue("speaker, then saying-verb", cs, cue_end, app, verb)
                    self._set_content(S, c, end_cue)
                    return c
            if S.part == "headline" and j >= 0 and tok[j] == "," and not after_quote:
                # "Champion Jay Kerrigan sues promoter, says deal made him ...": a headline's
                # second verb shares the subject of its first
                sp = self._main_subject(S, j)
                if sp is not None and sp.source_type in ("named_person", "spokesperson"):
                    return _far_cue("saying-verb after a comma", S, cs, cue_end, sp, verb)
            return None
        if j > 0 and tok[j] == "." and low[j - 1] in ("jr", "sr"):
            j -= 1  # "Ray Deshler Jr. said": the full stop belongs to the name
        if not S.is_word(j):
            return None
        w = low[j]
        if w not in ("and", "but") and not ing:
            # "added the drug to its list, and in a notice posted to its website said": the
            # channel stands between "and" and the verb, and the subject is the sentence's
            p = next(
                (
                    p
                    for p in range(j, max(0, j - 9), -1)
                    if low[p] in ("in", "via", "through") and low[p - 1] in ("and", "but")
                ),
                None,
            )
            noun = (
                next(
                    (
                        k
                        for k in range(p + 1, min(p + 4, j + 1))
                        if low[k] in self.R.channel_of
                        and low[k] not in self.R.documents
                        or low[k] in self.R.authored
                    ),
                    None,
                )
                if p is not None
                else None
            )
            # (the text's noun right before the verb, or a participle after it: not "But in
            # the same post he insisted", which has its own subject)
            if (
                noun is not None
                and (noun == j or low[noun + 1] in _TEXT_PARTICIPLES)
                and not (_PRONOUNS.keys() & set(low[noun + 1 : j + 1]))
            ):
                j, w = p - 1, low[p - 1]
        if w in ("and", "but") and not ing:
            sp = self._main_subject(S, j)
            if sp is None:
                return None
            c = _Cue("speaker, then saying-verb", cs, cue_end, sp, verb, far_speaker=True)
            self._set_content(S, c, end_cue)
            return c
        if ing and j > 0 and low[j - 1] == "with" and w in _VAGUE_WITH:
            # "Thousands shared the clip, with many saying ...": a crowd nobody can check
            sp = self._classify(S, j, j)
            if sp is None:
                return None
            c = _Cue("speaker, then saying-verb", cs, cue_end, sp, verb)
            self._set_content(S, c, end_cue)
            return c
        with_at = (
            next(
                (
                    x
                    for x in range(j - 1, max(j - 6, 0), -1)
                    if low[x] == "with" and tok[x - 1] == ","
                ),
                None,
            )
            if ing
            else None
        )
        if (
            with_at is not None
            and all(S.is_word(x) and low[x] not in _STOP for x in range(with_at + 1, j + 1))
            and (low[j].endswith("s") or tok[j][:1].isupper())
            # "claiming"/"reporting" only before a clause ("with several users claiming the
            # monster was a toy"; not "with Sri Lanka claiming all ten wickets", "with 300
            # passengers reporting symptoms")
            and (
                verb.lemma not in ("claim", "report")
                or any(
                    low[x] in _AUX or low[x] in _BE
                    for x in range(end_cue + 1, min(end_cue + 8, len(low)))
                )
            )
        ):
            # ", with Opposition Leader Grant Sefton calling it ...", ", with several users
            # claiming ...": the people after "with" are the ones saying it
            sp = self._classify(S, with_at + 1, j)
            if sp is not None and sp.source_type != "document":
                c = _Cue("speaker, then saying-verb", cs, cue_end, sp, verb)
                self._set_content(S, c, end_cue)
                return c
        if ing and w not in _PRONOUNS:
            # "Harbury issued a statement on its website saying ...": whoever issued it
            text_noun = next(
                (
                    x
                    for x in range(j, max(j - 7, 1), -1)
                    if (low[x] in self.R.channel_of or low[x] in self.R.documents)
                    and low[x - 1] in ("a", "an")
                    and low[x - 2] in _ISSUING
                ),
                None,
            )
            np = self._np_back(S, text_noun - 3) if text_noun and text_noun > 2 else None
            if np is not None and np[1] > np[0] and low[np[1]] in _ACT_TIME_WORDS:
                np = (np[0], np[1] - 1)  # "The company later issued a statement saying"
            if np is not None:
                sp = self._classify(S, *np, marker_region=(S.ts[np[0]], S.te[np[1]]))
                return _far_cue("a text issued, saying", S, cs, cue_end, sp, verb)
            return None  # "the saying goes", "in saying so"
        if w in _RELATIVES:
            k = j - 1
            if k >= 0 and tok[k] == ",":
                k = _before_party_tag(tok, k) - 1  # "Rep. Gina Polk, D-Reno, who said"
            if k < 0 or not S.is_word(k):
                return None
            np = self._np_back(S, k)
            if (
                np is not None
                and np[1] > np[0]
                and np[0] > 0
                and tok[np[0] - 1] == ","
                and tok[np[0]].islower()
                and low[np[0]].endswith("ing")
            ):
                np = (np[0] + 1, np[1])  # "..., angering older residents, who say": not "angering"
            if np is not None and low[np[0]] in _REACTION_NOUNS:
                # "sparked fury among older residents, who say": the residents say it
                p = next((x for x in range(np[1], np[0], -1) if low[x] in _PREPS), None)
                if p is not None and p < np[1]:
                    np = (p + 1, np[1])
            if np is not None:
                np = self._name_before_description(S, *np)
            if np is not None:
                np = self._passive_agent(S, *np)
        elif w in ("one", "another", "other") and S.low[: j + 1] in (
            [w],
            ["the", w],
            ["but", w],
            ["and", w],
        ):
            np = (j - 1 if w == "other" else j, j)  # "Another said", "The other said"
        else:
            np = self._np_back(S, j)
            aside = self._unnamed_aside(S, j)
            if aside is not None and (np is None or np[0] > aside[1]):
                np = aside  # "... who spoke on condition of anonymity because she feared
                # losing her job said": the person before the reason, not "her job"
            if np is not None:
                np = self._name_of_place(S, *np)
                np = self._text_by(S, *np)
            elif self._relative_subject(S, j, j)[0] != j:
                # the relative clause ends in a word that is no subject: "The keepers who
                # cared for her say", "The report that the council published said"
                np = (j, j)
            if np is not None:
                np = self._relative_subject(S, *np)
                np = self._text_at_start(S, *np)
        if np is None:
            return None
        a, b = np
        if a >= 2 and low[a - 1] == "to" and low[a - 2] == "according":
            return None  # "According to inspection records published ...": a noun, not a verb
        if b > a and low[b].endswith("ing") and _post_modifier_at(tok, low, b):
            b -= 1  # "Residents living nearby say" (the adverb skipped): the residents
        if (
            b - a >= 2
            and low[a] in ("a", "an", "the")
            and (
                low[a + 1] in _DISMISSED
                or (
                    low[a + 1] in _REPLY_NOUNS
                    and tok[a + 1].islower()  # (not "in the Law Society": a name)
                    and a > 0
                    # ", a move unions said", "in a move critics say", "as a step"
                    and (tok[a - 1] == "," or low[a - 1] in ("in", "as"))
                )
            )
            and low[a + 2] not in _PREPS
            and low[a + 2] != "to"  # "A report to councillors says": the report
            and low[a + 2] not in ("that", "which", "who")  # "The report that X published"
            # "A report published in June by the council found": the report, not a charge
            and not (low[a + 2].endswith("ed") or low[a + 2] in _IRREGULAR_PARTICIPLES)
            # (not "the policy director said": a person named by the word)
            and not (b == a + 2 and self._a_person([low[a + 2]]))
        ):
            a += 2  # "..., a charge the company denies": the company (not "a report by ...")
        elif (
            b - a >= 3
            and low[a] in ("a", "an")
            and tok[a + 1].islower()
            and low[a + 1] not in _STOP
            and low[a + 2] in ("the", "its", "his", "her", "their")
            and verb.form.endswith("s")
            # the second noun phrase runs up to the verb, with no verb of its own ("a
            # spokesman the club hired last month says", "a man the police shot says")
            and not any(
                w.endswith("ed")
                or w in _IRREGULAR_PAST
                or w in _IRREGULAR_PARTICIPLES
                or w in _SHORT_PASTS
                for w in low[a + 3 : i]
            )
        ):
            a += 2  # "a loophole the Welsh Government says it closed": two determiners, so
            # "that" is left out and the second noun phrase speaks
        if (
            verb.base
            and not had_aux
            and verb.when != "document"
            and not self._plural_subject(S, a, b)
        ):
            return None  # "a deleted post", "an engineering report": nouns, not verbs
        if verb.lemma in ("post", "write", "tweet") and (
            low[b] in self.R.channel_of
            or low[b] in self.R.documents
            or (a > 0 and low[a - 1] in ("in", "on", "with", "through") and low[a] in ("a", "an"))
        ):
            # "a video posted on Facebook", "In an appeal posted on Facebook, police said":
            # a participle, not a speaker
            return None
        sp = self._classify(S, a, b, marker_region=(S.ts[a], cs))
        if sp is None or (verb.lemma == "learn" and sp.source_type != "news_agency"):
            return None  # (only a newsroom "has learned" news: "CBC News has learned that")
        rule = (
            "quote, then speaker and saying-verb"
            if self._quote_right_before(S, a)
            else "speaker, then saying-verb"
        )
        c = _Cue(rule, cs, cue_end, sp, verb)
        self._set_content(S, c, end_cue)
        return c

    def _seen_as(self, S: _Sentence, pos: int) -> bool:
        """After "saw"/"view": an opinion ("many saw the deal as a defeat", "saw that it
        failed"), not sight ("saw demonstrations"): "that" next, or "as" within eight words."""
        k = S.index_at(pos)
        low = S.low[k : k + 9]
        return bool(low) and (low[0] == "that" or "as" in low)

    def _sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (the end of the text for a position
        before the first sentence)."""
        k = bisect_right(self.sent_starts, pos) - 1
        return self.sentences[k]["end"] if k >= 0 else len(self.low)

    def _more_after_silence(self, end: int) -> bool:
        """Does the sentence go on to say something after the silence ("could not comment
        on individual cases but that it followed the rules", "... and said it would
        publish figures")?"""
        rest = self.low[end : self._sentence_end(end)]
        after_but = rest.split(" but ", 1)[1].split(" ", 1)[0] if " but " in rest else ""
        # "... but that it followed the rules", "but believed it was close"; not "but a
        # source said", someone else speaking
        if after_but in ("that", "it", "he", "she", "they", "we") or (
            after_but in self.R.verbs
            or after_but.endswith("ed")
            # "did not comment on private matters but took their welfare seriously" (not
            # "but is understood to be furious": the reporter's own unsourced claim)
            or after_but in _IRREGULAR_PAST
            or (
                (after_but in _AUX or after_but in _BE)
                and not _HEARSAY_AFTER_BUT.match(rest, rest.find(" but ") + 5)
            )
        ):
            return True
        return any(
            f" and {w} " in rest for w in ("said", "says", "added", "that", "told", "insisted")
        )

    def _only_silence(self, c: _Cue, a: int) -> bool:
        """Is the speaker of ``c`` the one who stays silent? Yes for "he"/"she"/"they"
        (their own silence), and for "it" or "the firm" when a body or its spokesperson
        speaks ("A spokeswoman said the firm did not comment"); not when someone else
        reports a body's silence ("Residents said the council did not respond")."""
        subject = self._silent_cues[a]
        if subject in ("he", "she", "they", "we", "i"):
            return True
        return c.sp.source_type in ("institution", "spokesperson")

    def _question_end(self, pos: int) -> int:
        """Where a question left unanswered ends, when one starts at ``pos`` ("declined
        to say how many schools had reported concerns", "did not say whether"): the next
        comma, semicolon, dash, bracket or "but", or the end of the sentence. Else
        ``pos`` ("declined to comment on what it called “leaked material”" keeps its
        cue)."""
        low = self.low
        before = low[max(0, pos - 8) : pos].split()
        after = low[pos : pos + 12].split()
        if not (before and before[-1] in _WH) and not (after and after[0] in _WH):
            return pos
        end = self._sentence_end(pos)
        for mark in (",", ";", "—", "–", "(", " but "):
            x = low.find(mark, pos, end)
            if x >= 0:
                end = x
        x = low.find(" and ", pos, end)
        while x >= 0:
            if low[x + 5 : end].split(" ", 1)[0] in self.R.verbs:
                return x  # "declined to say how many ... and said it would publish"
            x = low.find(" and ", x + 1, end)
        return max(end, pos)

    def _group_opinion(self, S: _Sentence, c: _Cue) -> bool:
        """Is the speaker of an opinion verb (hope, fear, believe) a bare plural that
        stands for a whole group ("Diplomats hope", "Insiders fear"), not a counted or
        pointed-at one ("two diplomats", "the diplomats") nor a body ("police")?"""
        sp = c.sp
        words = sp.mention.split()
        return (
            sp.source_type == "anonymous"
            and not self._official(sp)  # "Prosecutors believe": an official view
            and 1 <= len(words) <= 2
            and words[-1].lower().endswith("s")
            and words[0].lower() not in _DETS
            and not words[0].lower().endswith(("'s", "’s"))
            and not any(w[:1].isdigit() for w in words)
            and (sp.start == S.start or not words[0][:1].isupper())
        )

    def _claim_is_speech(self, S: _Sentence, end: int) -> bool:
        """After "claim", "claims" ...: words of speech ("that", a quotation, a clause:
        "claims the money was a loan", "claim the protesters threw bottles"), not an
        object alone, a few words that end at a preposition, "as" or the end of the
        clause ("claim the hills around the lake", "claimed the title", "claimed
        responsibility")."""
        k = S.index_at(end)
        if k >= len(S.low) or not S.is_word(k) or S.low[k] in ("that", "to"):
            return True
        if S.part == "headline":
            return True  # "Sorel claims debate win": a headline's claim of victory is said
        x = k
        while x < len(S.low) and S.is_word(x) and S.low[x] not in _CLAIM_OBJECT_ENDS:
            x += 1
        # "claimed in a video that ...": nothing but an aside before the words
        if x == k or (x - k >= 3 and S.low[x - 1] not in _CLAIMED_THINGS):
            return True
        # "claiming the “monster” was a toy": a scare-quoted word, then the clause's verb
        if x < len(S.low) and S.q[x] == "open":
            c = x + 1
            while c < len(S.low) and S.q[c] and c - x < 6:
                c += 1
            return self._aux_within(S, c, 2)
        return False

    @staticmethod
    def _nothing_clause(S: _Sentence, k: int) -> bool:
        """After "said nothing" / "said little" (token k on): does the clause go on to its
        own verb ("nothing would change", "little damage was done"), before any word that
        starts a phrase of its own ("little since she was charged", "nothing about it")?"""
        low = S.low
        for x in range(k, min(len(low), k + 4)):
            if not S.is_word(x) or low[x] in _PREPS or low[x] in _CLAUSE_OPENERS:
                return False
            if low[x] in _AUX or low[x] in _BE or low[x].endswith("ed"):
                return True
        return False

    @staticmethod
    def _aux_within(S: _Sentence, k: int, count: int) -> bool:
        """Is there an auxiliary or a form of "be" among the ``count`` words from token
        ``k``, before any punctuation or quotation ("claims from the flood could")?"""
        for x in range(k, min(len(S.low), k + count)):
            if not S.is_word(x):
                return False
            if (S.low[x] in _AUX or S.low[x] in _BE) and S.tok[x] != "May":
                return True  # (the month is no "may")
        return False

    @staticmethod
    def _claim_after_that(S: _Sentence, k: int) -> bool:
        """After "accepted that": a clause ("he lied", "staff failed to spot", "mistakes were
        made"), a quotation or an aside, not a thing ("that offer on Monday")?"""
        if k >= len(S.low):
            return False
        if S.q[k] == "open" or S.low[k] == ",":
            return True
        for x in range(k + 1, min(len(S.low), k + 8)):
            w = S.low[x]
            if not S.is_word(x) or w in _PREPS or w in ("and", "but", "last", "without", "when"):
                return False  # "accepted that job in 2019 and moved": a thing, then more
            if w in _AUX or w in _BE or (w.endswith("ed") and S.tok[x].islower()):
                return True
        return False

    @staticmethod
    def _clause_right_after(S: _Sentence, k: int) -> bool:
        """Does a clause with its own verb start at token k ("the boy had drowned"), before
        any joining word or preposition ("the appeal last week and will rule", "arguments
        on Tuesday over the will", "a recording in which ...")?"""
        for x in range(k, min(len(S.low), k + 10)):
            w = S.low[x]
            if w == "that":
                return True  # "heard on Monday that ..."
            if not S.is_word(x) or w in _RELATIVES or w in _SUBORDINATORS:
                return False  # "a recording in which", "the plea before he was remanded"
            if (
                x > k
                and (w in _AUX or w in _BE)
                and S.tok[x] != "May"
                and S.low[x - 1] not in _DETS  # "over the will": a noun
                and S.low[x - 1] != "and"  # "the appeal last week and will rule"
            ):
                return True
        return False

    def _finite_clause_follows(self, S: _Sentence, pos: int) -> bool:
        """Does "that", or a clause with its own verb, follow ``pos`` ("feel they were
        never asked", not "felt the smoke in their lungs")?"""
        k = S.index_at(pos)
        return (k < len(S.low) and S.low[k] == "that") or self._aux_within(S, k, 6)

    def _clause_follows(self, S: _Sentence, pos: int) -> bool:
        """Does a clause start right after ``pos`` ("believe the gun was", not "believe in")?"""
        k = S.index_at(pos)
        if k >= len(S.low) or not S.is_word(k):
            return False
        return S.low[k] not in _PREPS and S.low[k] not in _NOT_CLAUSE

    def _official(self, sp: _Speaker) -> bool:
        """Does the speaker speak for a body (police, a ministry, officials)?"""
        if sp.source_type == "spokesperson":
            return True
        if sp.source_type == "institution":
            return sp.head in self.R.inst_words  # "police", "the ministry"; not a bare "Smith"
        return sp.source_type == "anonymous" and sp.head in _OFFICIAL_HEADS

    def _plural_subject(self, S: _Sentence, a: int, b: int) -> bool:
        if b > a and S.low[b] == "there":
            b -= 1  # "Residents there say": the residents
        # the head comes before a preposition: "critics of the fee", "residents in the area"
        for p in range(a + 1, b + 1):
            if p <= a + 2 and self._contact_clause_after(S, p):
                b = p - 1  # "Teachers I know say": the teachers
                break
            if S.low[p] == "of" and (S.low[p - 1] in _SHARE_OF or S.low[p - 1] == "plenty"):
                continue  # "a handful of traders", "plenty of parents": the traders
            if _post_modifier_at(S.tok, S.low, p) or (
                p < b and (S.low[p] in _PREPS or S.low[p] in ("who", "that"))
            ):
                b = p - 1  # "critics of the fee", "people who have worked with ...", "residents
                break  # living nearby"
        if (
            b > a
            and (S.low[b] in _IRREGULAR_PARTICIPLES or S.low[b].endswith("ed"))
            and S.low[b + 1] == "by"
        ):
            b -= 1  # "emails seen by the paper", "files obtained by the Post": the emails
        w = S.low[b]
        if w in ("they", "we", "i", "you", "many", "some", "most", "few", "others", "both", "all"):
            return True
        if w == "familiar" and b > a and S.low[b - 1] in ("people", "sources", "persons"):
            return True  # a headline's "..., people familiar say" (with the matter)
        if w in ("those", "these"):  # "Those who were on board say"
            return True
        if (
            w in ("police", "people", "staff", "media", "public", "family", "couple", "pair")
            or w in self.R.vague_subjects
        ):
            return True
        if w in _QUANT and w != "one":
            return True  # "two of the parents say"
        if w in _MEN_PLURALS or w == "children":
            return True  # "fishermen in the village say", "women", "children"
        if b == a and S.tok[b][0].isupper() and self._short_for_body(S.tok[b]):
            return True  # "Harbury deny" (Harbury Athletic): a team or body takes a plural verb
        if _ABBREVIATED_PLURAL.fullmatch(S.tok[b]):
            return True  # "..., MPs say", "GPs warn": capitals and a plural s
        if b > a and S.low[a] in _VAGUE_QUANT and w.endswith("s"):
            return True  # "Many Republicans believe": a count of a group
        return (
            w.endswith("s")
            and not w.endswith(("ss", "’s", "'s"))
            and not S.tok[b][0].isupper()
            or (
                S.tok[b][0].isupper()
                and w.endswith("s")
                and b == a
                and not self._known_name(S.tok[b])
            )
        )

    def _short_for_body(self, word: str) -> bool:
        """Does the article name ``word`` in full as an organisation ("Harbury Athletic",
        "Kaldby Rovers", "Corran Ridge Minerals")? The names that come right before an
        organisation's last word are gathered in one pass over the text, the first time
        they are needed (a long text must not be searched once per name)."""
        if self._body_prefixes is None:
            # not bodies often named after a person ("the Ellen Marsh Foundation": Ellen
            # Marsh is still a person)
            endings = self.R.org_endings - _NAMED_AFTER_PEOPLE
            found = set()
            for m in _CAPITAL_RUN.finditer(self.text):
                words = m.group().split(" ")
                for j in range(1, len(words)):
                    if _unpossessed(words[j].rstrip(",.;:")) in endings:
                        found.update(" ".join(words[i:j]) for i in range(max(0, j - 3), j))
            self._body_prefixes = found
        return word in self._body_prefixes

    def _set_content(self, S: _Sentence, c: _Cue, end_cue: int) -> None:
        """Where the reported words stand: after the verb, or before the speaker ("..., she said")."""
        tok, q = S.tok, S.q
        k = end_cue + 1
        n = len(tok)
        words = 0
        # S.is_word(k), written out (0 < k < n here)
        while k < n and not q[k] and (tok[k][0].isalnum() or tok[k][0] == "_") and words <= 5:
            if S.low[k] == "that":
                words = 99
                break
            words += 1
            k += 1
        first = S.low[end_cue + 1] if end_cue + 1 < n else ""
        lead_ok = (
            words == 0
            or first in _TIME_NOUNS
            or first in ("on", "in", "at", "during", "last", "this", "to", "late", "earlier")
        )
        before = S.index_at(min(c.sp.start, c.cs)) - 1
        comma_before = before >= 0 and (S.tok[before] in (",", "—", "–") or S.q[before] == "close")
        if comma_before and lead_ok and words <= 5 and (k >= n or not S.is_word(k)):
            c.outer, c.content = True, (S.start, min(c.sp.start, c.cs))
        else:
            c.content = (S.te[end_cue], S.end)

    @staticmethod
    def _reporting_clause_after(S: _Sentence, prev: int, i: int) -> bool:
        """Is the verb at ``i`` (its subject ending at ``prev``) a reporting clause after
        the words reported: a comma, a short subject, the verb, then only a phrase of
        time, place or channel to the end ("..., the organisers added in a second post.")?"""
        low, tok = S.low, S.tok
        k = prev
        while k >= 0 and prev - k < 5 and S.is_word(k):
            k -= 1
        if k < 1 or k == prev or tok[k] != "," or not S.is_word(k - 1):
            return False
        first = low[k + 1]
        if not (first in _DETS or first in _PRONOUNS or tok[k + 1][0].isupper()):
            return False  # "..., then the cook added in a pinch of salt"
        rest = low[i + 1 :]
        return (
            0 < len(rest) <= 10
            and rest[0] in ("in", "on", "at", "via", "during", "through", "after", "later")
            and "that" not in rest
            and rest[-1] in (".", "!", "?")
            and all(S.is_word(x) for x in range(i + 1, len(low) - 1))
            and not _WHEN_OR_HOW.isdisjoint(rest)  # "in a second post", "on Monday"
        )

    @staticmethod
    def _called_something(S: _Sentence, i: int) -> bool:
        """ "called the plan a disaster", "have called it the most stubborn kitchen in
        Canada": a name given to something, without quotation marks (not "called the
        police a day later", "called her a taxi")."""
        low, n = S.low, len(S.low)
        j = i + 1
        if j >= n:
            return False
        if low[j] in ("it", "them", "him", "her", "this", "that"):
            j += 1
        elif low[j] in ("the", "his", "their", "its", "our", "this", "these", "those"):
            j += 1
            while j < n and j <= i + 5 and S.is_word(j) and low[j] not in ("a", "an", "the"):
                j += 1
        else:
            return False
        if j + 1 >= n or not S.is_word(j + 1):
            return False
        if low[j] in ("a", "an"):
            return low[j + 1] not in _CALLED_NOT_A_NAME
        return low[j] == "the" and (
            low[j + 1] in ("most", "worst", "best", "least") or low[j + 1].endswith("est")
        )

    def _complement_ok(self, S: _Sentence, i: int, verb: _Verb) -> bool:
        """Verbs that need words of speech after them ("asked whether", "called for")."""
        if verb.when != "complement":
            return True
        low, q = S.low, S.q
        n = len(low)
        prev = i - 1
        while prev >= 0 and (low[prev] in _SKIP or low[prev].endswith("ly")):
            prev -= 1
        if verb.lemma == "call" and "what" in low[max(0, prev - 4) : prev]:
            return True  # "what critics call a tax on the poor": a name they give it
        # the speaker between the quotation and the verb: '“...,” she wrote shortly after'
        back = prev
        while (
            back >= 0
            and prev - back < 4
            and not q[back]
            and (low[back] in _PRONOUNS or S.tok[back][0].isupper())
        ):
            back -= 1
        for k in (prev, back):
            if k >= 0 and (
                q[k] == "close" or (S.tok[k] in ",—–" and k > 0 and q[k - 1] == "close")
            ):
                return True  # "Why now?" she asked / ..., he added
        if (
            verb.lemma == "maintain"
            and i + 2 < n
            and low[i + 1] in _POSS_PRONOUNS
            and low[i + 2] == "innocence"
        ):
            return True  # "who has always maintained his innocence": a claim he makes
        if verb.lemma in ("reject", "defend", "dispute"):
            # "a charge the institute rejects", "a decision the company defended": a claim
            # answered, named before its speaker (annotators leave "rejected the plan" and
            # mostly "rejected the claims" out: an act, with no words reported)
            if self._claim_before_subject(S, prev):
                return True
            if verb.lemma == "reject" and self._rejected_as_quote(S, i):
                return True  # "rejected the claim as “absurd”": the word it was called
            if verb.lemma != "dispute":
                # "rejected that the delays were avoidable"; not "defended its title" nor
                # "rejected that interpretation"
                return (
                    i + 2 < n
                    and low[i + 1] == "that"
                    and self._finite_clause_follows(S, S.te[i + 1])
                )
        if verb.lemma == "describe" and _SPOKE_AS_SOURCE.search(S.text, 0, S.ts[i] - S.start):
            # "Three nurses, who spoke to the Ledger on condition that they not be named,
            # described shifts on which ...": people who spoke to the reporter tell what
            # they saw
            return True
        if verb.lemma == "apologise":
            # "apologised for the delays", "apologised that ...", "apologised on Instagram",
            # "apologised in writing"; not "apologised to the family" or "apologised." alone,
            # nor "has never apologised", "should have apologised" or a question
            before = low[max(0, i - 3) : i]
            if S.tok[-1] == "?" or any(
                w in ("not", "never", "n't", "have", "yet", "refused") for w in before
            ):
                return False
            return (
                (i + 2 < n and low[i + 1] == "on" and S.tok[i + 2] in self.R.platform_names)
                or (
                    i + 1 < n
                    and low[i + 1] == "in"
                    and any(low[k] in _APOLOGY_TEXTS for k in range(i + 2, min(n, i + 5)))
                )
                or any(
                    low[k] in ("for", "that") or q[k] == "open" for k in range(i + 1, min(n, i + 8))
                )
            )
        if verb.lemma in ("hail", "welcome"):
            # "hailed the deal as “historic”", "welcomed the ruling as ...": words given; not
            # "rain and hail", "welcomed the news that ...", nor "once hailed as a genius"
            # (praise with nobody giving it)
            if i > 0 and low[i - 1] in _PASSIVE_BEFORE:
                return False
            return any(low[k] == "as" or q[k] == "open" for k in range(i + 1, min(n, i + 8)))
        if i + 1 >= n:
            return True  # she added.
        if self._reporting_clause_after(S, prev, i):
            return True  # "Refunds will follow, the organisers added in a second post."
        nxt = low[i + 1]
        if verb.lemma in ("shout", "yell", "scream"):
            # words shouted, not an order ("yelled to his wife to get the children out")
            return (
                nxt in (":", "that")
                or any(q[k] == "open" for k in range(i + 1, min(n, i + 8)))
                or any(
                    q[k] == "close" for k in range(max(0, i - 6), i)
                )  # '"Get out," a man shouted'
            )
        if nxt in (".", ":", ";", "!", "?") or q[i + 1] == "open":
            return True
        lemma = verb.lemma
        if nxt == "," and lemma not in ("call", "list", "describe"):
            return True
        window = range(i + 1, min(n, i + 6))
        if lemma in ("call", "describe", "list"):
            # "called the recall of the envoy “a stunt”", "described the mood in town as ...":
            # a quotation (or, for describe, "as") a few words on, with no punctuation between
            for k in range(i + 1, min(n, i + 10)):
                if q[k] == "open" or (lemma == "describe" and low[k] == "as"):
                    return True
                if not S.is_word(k):
                    break
        if lemma == "call":
            k = i + 1
            if low[k] == "on" and k + 1 < n and (low[k + 1] in _WEEKDAYS or low[k + 1] in _MONTHS):
                k += 2
            return (k < n and low[k] in ("for", "on", "upon")) or self._called_something(S, i)
        if lemma in ("describe", "list"):
            return (
                any(low[k] == "as" for k in window)
                or (
                    lemma == "describe"
                    and (
                        nxt.endswith("ing")
                        or nxt in ("how", "what")
                        # "Evacuees described chaotic scenes", "described a sleepless night": an
                        # account of what they saw, given by people (not "The novel describes
                        # the chaos", "The comet described a slow arc across the night sky")
                        or (
                            (
                                any(low[k] in _ACCOUNTS for k in range(i + 1, min(n, i + 7)))
                                # "described violent shaking": what they lived through
                                or (
                                    i + 2 < n
                                    and low[i + 2].endswith("ing")
                                    and S.is_word(i + 1)
                                    and low[i + 1] not in _DETS
                                    and low[i + 1] not in _POSS_PRONOUNS
                                )
                            )
                            and prev >= 0
                            and (
                                low[prev] in _PRONOUNS
                                # "Survivors, some still in shock, described": a comma
                                # after people (not "The documentary, made over three
                                # years, describes")
                                or (
                                    S.tok[prev] == ","
                                    and S.low[0] not in ("the", "a", "an", "this", "its")
                                )
                                or (
                                    S.tok[prev][:1].isupper()
                                    and not self._sentence_initial(S, prev)
                                )
                                or _is_person_word(low[prev])
                                or low[prev] in self.R.crowd_plurals
                                or low[prev] in _CROWD_ACCOUNTS
                                # "Residents reached by telephone described": the first
                                # word of a longer subject
                                or (
                                    (np := self._np_back(S, prev)) is not None
                                    and np[0] < prev
                                    # ("Three employees described": people, counted)
                                    and (low[np[0]] in _CROWD_ACCOUNTS or low[np[0]] in _QUANT)
                                )
                                # "Her diary describes the night she fled"
                                or low[prev] in self.R.documents
                            )
                        )
                    )
                )
            )
        if lemma == "blame" and low[prev if prev >= 0 else 0] not in _NOBODY:
            # "blamed the rise on taxes", "blamed the council for the delays": a claim of
            # cause; not "blamed her for everything" or "nobody blamed the keeper for it"
            for k in range(i + 2, min(n, i + 10)):
                if low[k] == "on" or (low[k] == "for" and nxt not in _OBJ_PRONOUNS):
                    return True
                if not S.is_word(k):
                    break
        if lemma == "put":
            # "The survey puts support at 31 percent": a figure; not "puts the project on hold"
            return any(
                low[k] in ("at", "on")
                and k + 1 < n
                and low[k + 1][:1] in _FIGURE_START
                or low[k] in ("at", "on")
                and k + 2 < n
                and low[k + 1] in _ABOUT
                for k in range(i + 1, min(n, i + 12))
            )
        if lemma == "dismiss":
            # "dismissed the claims", "dismissed the footage as fake"; not "dismissed the case"
            for k in range(i + 1, min(n, i + 10)):
                if low[k] == "as" or (k < i + 5 and low[k] in _DISMISSED):
                    return True
                if not S.is_word(k):
                    break
            return False
        if lemma in ("ask", "question"):
            # "asked whether", "critics questioned why the fares rose"; not "questioned the driver"
            if nxt == "for" and i + 3 < n and low[i + 2] in _SPANS:
                nxt = low[i + 3]  # "have questioned for months whether"
            return nxt in ("whether", "if", "why", "how", "what", "when", "where", "who")
        if any(q[k] == "open" for k in window):
            return True
        if lemma in ("post", "write"):
            if lemma == "post" and nxt in ("a", "an", "the", "his", "her", "their", "its"):
                # "posted a video on Friday": a post, with no words reported unless the
                # sentence gives them ("posted a video saying ...", "... that ...", a quote)
                # only in the few words after the post: "posted a photo of her daughter
                # laughing on the beach" reports nobody's words; a caption may come later
                # ("posted a video of the flat on TikTok with the caption “...”")
                for k in range(i + 2, min(n, i + 20)):
                    if low[k] in ("caption", "captioned") and any(
                        q[x] == "open" or low[x] == ":" for x in range(k + 1, min(n, k + 4))
                    ):
                        return True
                return any(
                    low[k] in _WORDS_FOLLOW
                    or q[k] == "open"
                    or low[k] == ":"
                    or (
                        low[k] == "that"
                        and (S.tok[k - 1][0].isupper() or low[k - 1] in _POST_NOUNS)
                    )
                    for k in range(i + 2, min(n, i + 10))
                )
            if nxt in ("under", "beneath", "below"):
                # "one mother wrote beneath Vollmer's post", "under the thread": a comment
                # online (not "under supervision as a group", "under a pen name")
                x = i + 2  # past "the", "her", a name and its "'s"
                while x < min(n, i + 5) and (
                    low[x] in _DETS or low[x] in _POSS_PRONOUNS or S.tok[x][:1].isupper()
                ):
                    x += 1
                if not _WRITTEN_UNDER.isdisjoint(low[x : x + 2]):
                    return True
            if lemma == "post" and (nxt in ("on", "to") or any(low[k] == "on" for k in window)):
                # "posted on X that ...", "posted on Facebook: “...”"; not "Videos posted on
                # social media showed ...", "the report, which the zoo posted on its website"
                which = next(
                    (k for k in range(i - 1, max(-1, i - 6), -1) if low[k] == "which"), None
                )
                if (
                    which is not None
                    and "," not in S.tok[which:i]
                    # a subject between ("which the zoo posted"; not "which posted", "which
                    # also posted": "which" is the one who posted)
                    and any(
                        low[k] not in _SKIP and not low[k].endswith("ly")
                        for k in range(which + 1, i)
                    )
                ):
                    return False
                return (
                    nxt in ("it", "them", "this")  # "posted it word for word on X"
                    or any(q[k] == "close" for k in range(max(0, i - 12), i))
                    or any(
                        low[k] in ("that", ":")
                        or low[k] in _WORDS_FOLLOW
                        or q[k] == "open"
                        or low[k] == "which"
                        and low[k - 1] == "in"  # "a video in which she says"
                        and low[k + 1 : k + 2] in (["he"], ["she"], ["they"])
                        and low[k + 2 : k + 3] in (["says"], ["said"], ["claims"], ["alleges"])
                        for k in range(i + 1, min(n, i + 25))
                    )
                    # the words in the next sentence ("The singer posted on Instagram on
                    # Sunday. “I am heartbroken,” she wrote."), after someone who posted (not
                    # "Photos posted on Facebook ...")
                    or low[prev] not in _MEDIA_NOUNS
                    and self._words_follow_post(S.idx)
                )
            return nxt in ("that", "on", "in", "to") or any(low[k] == "on" for k in window)
        for k in window:
            if low[k] == "that":
                return True
            if not S.is_word(k):
                break
        return nxt in ("on", "of", "about", "against", "how", "whether", "to")

    def _words_follow_post(self, idx: int) -> bool:
        """Does the sentence after ``idx`` give a post's words: a quotation, or "He"/"She"
        and a saying-verb opening it?"""
        if idx + 1 >= len(self.sentences):
            return False
        nxt = self.sentences[idx + 1]
        return nxt["part"] == "body" and (
            # a quotation the poster is given, by a pronoun ("“...,” she wrote.")
            nxt["text"][:1] in _OPENING_MARKS
            and _QUOTE_THEN_PRONOUN.search(nxt["text"]) is not None
            or _PRONOUN_SAYS.match(nxt["text"]) is not None
        )

    @staticmethod
    def _claim_before_subject(S: _Sentence, prev: int) -> bool:
        """Does a claim noun, set off by a comma as a reply, stand right before the subject
        that ends at ``prev`` ("..., a charge [that] the institute", "..., a decision they")?"""
        low = S.low
        for start in (prev, prev - 1, prev - 2):
            if start < 1 or not (low[start] in _PRONOUNS or low[start] in _DETS):
                continue
            if not all(S.is_word(k) for k in range(start, prev + 1)):
                continue
            j = start - 1
            if low[j] in ("that", "which") and j > 0:
                j -= 1
            # "..., a charge [that] the institute rejects": set off by a comma as a reply
            # (not "The claim the insurer rejected was resubmitted", a claim for money)
            if (
                (low[j] in _DISMISSED or low[j] in _REPLY_NOUNS)
                and j >= 2
                and low[j - 1] in ("a", "an", "the")
                and S.tok[j - 2] == ","
            ):
                return True
        return False

    @staticmethod
    def _before_time(low: list[str], a: int, b: int) -> tuple[int, int]:
        """Words a..b without a time that follows the name ("the Ashvale Courier last
        spring", "the Courier on Monday" are the Courier)."""
        cut = next((k for k in range(a + 1, b + 1) if low[k] in _TIME_AFTER_SOURCE), None)
        return (a, cut - 1) if cut is not None else (a, b)

    def _told_first_by(self, S: _Sentence, i: int, verb: _Verb, cs: int) -> _Cue | None:
        """ "The plans were first reported by the Wexmoor Echo": the news came from the
        newsroom named after "by", and the sentence is what it told."""
        np = self._inverted_np(S, i + 1)
        low = S.low
        if np is not None:
            np = self._before_time(low, *np)
        elif i + 2 < len(low) and S.is_word(i + 2):
            np = self._np_forward(S, i + 2)
            if np is not None:
                np = self._before_time(low, *np)
            e = np[1] + 1 if np is not None else 0
            if np is None or not (
                e >= len(low) or not S.is_word(e) or low[e] in _TIME_AFTER_SOURCE
            ):
                return None
        if np is None:
            return None
        if any(
            low[x] in ("which", "who") and x + 1 < len(low) and low[x + 1] in self.R.verbs
            for x in range(np[1] + 1, min(len(low), np[1] + 6))
        ):
            return None  # "..., which revealed that ...": the words it gave come next
        sp = self._classify(S, *np, marker_region=(S.ts[np[0]], S.te[np[1]]))
        if sp is None or sp.source_type != "news_agency":
            return None  # (not "The fire was reported by a neighbour": an event, not news)
        return _Cue(
            "passive, then its source",
            cs,
            S.te[i + 1],
            sp,
            verb,
            inverted=True,
            outer=True,
            content=(S.start, cs),
        )

    def _inverted_np(self, S: _Sentence, end_cue: int) -> tuple[int, int] | None:
        """The noun phrase right after the verb, when the order is verb-then-speaker."""
        k = end_cue + 1
        n = len(S.low)
        while k < n and S.low[k] in _TIME_NOUNS:
            k += 1
        if k >= n or not S.is_word(k):
            return None
        w, t = S.low[k], S.tok[k]
        if w in ("that", "this", "these", "those", "it"):
            return None
        np = self._np_forward(S, k)
        if np is None:
            return None
        e = np[1] + 1
        if e < n and S.is_word(e) and S.low[e] not in _AFTER_INVERTED:
            return None  # "said the talks had failed": the talks are what was said about
        if any(
            w in _CLAUSE_VERBS and t[:1].islower()
            for w, t in zip(S.low[np[0] + 1 : e], S.tok[np[0] + 1 : e], strict=True)
        ):
            # "said the blooms came early": a clause, what was said (not "said Mrs Rose
            # Akinyi": a name)
            return None
        bare_noun = not (
            t[0].isupper()
            or w in _DETS
            or w in _QUANT
            or w in ("he", "she", "they")
            # "said striker Paul Mwangi after the funeral": a job, then the name
            or (np[1] > np[0] and S.tok[np[1]][:1].isupper() and S.low[e] in _AFTER_INVERTED)
        )
        if (
            bare_noun
            and e < n
            and S.is_word(e)
            and not (S.part == "headline" and S.low[e] in _AFTER_INVERTED)
        ):
            return None  # a bare noun after the verb only as a headline's ending: "..., says mayor"
        return np

    def _someone_of(self, S: _Sentence, k: int) -> bool:
        """Do the words from token k name someone's person or body ("her daughter", "her
        late husband", "her union"), not a thing of theirs ("her wishes", "her diary") nor a
        new clause ("her the fire started", "her three children were")?"""
        for x in range(k, min(len(S.tok), k + 3)):
            w = S.low[x]
            if not S.is_word(x) or not S.tok[x][0].islower() or w in self.R.verbs:
                return False
            if w in _DETS or w in _QUANT or w in _PRONOUNS or w in _NOBODY or w.isdigit():
                return False
            if w in self.R.title_words or _is_person_word(w) or w in self.R.inst_words:
                return True
        return False

    def _np_forward(self, S: _Sentence, k: int, whose: bool = False) -> tuple[int, int] | None:
        """A noun phrase starting at token k (for 'according to X', 'said X'); with
        ``whose``, "her" before a noun is whose it is ("according to her daughter")."""
        n = len(S.low)
        if k >= n or not S.is_word(k):
            return None
        start = k
        if (S.low[k] in _PRONOUNS or S.low[k] in _OBJ_PRONOUNS) and not (
            whose and S.low[k] in _POSS_PRONOUNS and self._someone_of(S, k + 1)
        ):
            return k, k
        while k < n:
            w, t = S.low[k], S.tok[k]
            if S.q[k]:
                break
            if not (t[0].isalnum() or t[0] == "_"):  # not _is_word_char(t[0]), written out
                if t == "." and k > start and S.low[k - 1] in _ABBREV:
                    k += 1
                    continue
                break
            in_ok = (
                (
                    w == "in"
                    and k > start
                    and S.low[k - 1] in ("familiar", "officials", "official", "source", "sources")
                )
                or (
                    # "according to a person close to the club", "citing aides to the minister"
                    w == "to"
                    and k > start
                    and (S.low[k - 1] in _TO_ADJ or S.low[k - 1] in _TO_NOUNS)
                )
                or (
                    # "a filing published on the regulator's website", "a letter sent to
                    # parents": the participle's phrase
                    (w in _PARTICIPLE_NEXT or w == "to")
                    and k > start + 1
                    and (S.low[k - 1].endswith("ed") or S.low[k - 1] in _IRREGULAR_PARTICIPLES)
                    and S.tok[k - 1][0].islower()
                )
            )
            # "three current and former members of staff": two describing words joined
            in_ok = in_ok or (
                w in ("and", "or")
                and k > start
                and S.low[k - 1] in _TIME_OF_OFFICE
                and k + 1 < n
                and S.low[k + 1] in _TIME_OF_OFFICE
            )
            if (
                (w in _STOP or w in ("in", "on", "during", "after", "before", "while", "when"))
                and not in_ok
                # "said Helen May": a month after a first name is more of the name
                and not (
                    k > start
                    and w in _MONTHS
                    and t[0].isupper()
                    and not t.isupper()
                    and S.tok[k - 1] in self.R.gender
                )
            ):
                break
            if (
                w in self.R.verbs
                and k > start
                and t[0].islower()
                and w not in self.R.documents
                # "according to the state Division of ...", "the state medical board": a noun
                # (but "according to the ministry the claims are ...": a new clause)
                and not (
                    S.low[k - 1] in _DETS
                    and (
                        k + 1 >= n
                        or not (
                            S.low[k + 1] in _BE
                            or S.low[k + 1] in _AUX
                            or S.low[k + 1] in _DETS
                            or S.low[k + 1] in _PRONOUNS
                            or S.low[k + 1] in self.R.verbs  # "the governor the state says"
                        )
                    )
                )
            ):
                break
            if k > start and w in _PRONOUNS:
                break  # "citing an internal e-mail it had seen": the e-mail
            k += 1
            if k - start > 10:
                break
        end = k - 1
        while end >= start and (S.low[end] in _PREPS or S.low[end] in _DETS):
            if end == start and S.low[end] in ("one", "another"):
                break  # "“...,” said one, who was a student": one of a group
            end -= 1
        return (start, end) if end >= start else None

    @staticmethod
    def _not_involved(S: _Sentence, j: int) -> int | None:
        """The token before "(who were) not involved in the study" when that phrase ends at j."""
        low = S.low
        for x in range(j - 1, max(0, j - 6), -1):
            if (
                low[x] == "involved"
                and x + 1 <= j
                and low[x + 1] in ("in", "with")
                and low[x - 1] == "not"
            ):
                y = x - 2
                if y >= 1 and low[y] in _BE and low[y - 1] in ("who", "that"):
                    y -= 2
                if y >= 0 and S.is_word(y) and all(S.is_word(z) for z in range(x + 1, j + 1)):
                    return y
                return None
        return None

    def _name_before_description(self, S: _Sentence, a: int, b: int) -> tuple[int, int]:
        """For "who said": the name a description stands beside. In "Marta Kell, the firm's
        former head of finance, who said", the one who said is Marta Kell; in "Ray Dunn, 68,
        a retired welder who said", Ray Dunn."""
        low, tok = S.low, S.tok
        e = a - 2
        if e >= 3 and tok[e].isdigit() and len(tok[e]) <= 3 and tok[e - 1] == ",":
            e -= 2  # the person's age between commas
        if not (
            e >= 0
            and tok[a - 1] == ","
            and tok[e][0].isupper()
            and (low[a] in _DETS or low[a].endswith(("’s", "'s")))
        ):
            return a, b
        k = e
        while k > 0 and tok[k - 1][0].isupper() and not S.q[k - 1]:
            k -= 1
        if S.q[k] or (k == e and self._sentence_initial(S, k)):
            return a, b
        if k > 0 and low[k - 1] in _PREPS and low[k - 1] not in ("from", "by"):
            return a, b  # "Tom Hale of Kellby, the town's oldest resident, who said": a place
        return k, e

    def _name_of_place(self, S: _Sentence, a: int, b: int) -> tuple[int, int]:
        """ "Tom Hale of Kellby said", "President Dariusz Emmerich of Karvosh said": the person
        before "of" is the speaker, not the place after it. Only a full name (two capitalised
        words, no organisation word) counts: "the University of Harwick" stays one name."""
        tok, low = S.tok, S.low
        o = next((x for x in range(b - 1, a, -1) if low[x] in ("of", "from")), None)
        if (
            o is None
            or b - o > 3
            or not all(tok[x][0].isupper() for x in range(a, b + 1) if x != o)
        ):
            return a, b
        run = tok[a:o]
        R = self.R
        if any(t in R.org_endings or t.lower() in R.inst_words for t in run):
            return a, b
        who, _note = self._person(run)
        return (a, o - 1) if who and " " in who else (a, b)

    def _text_by(self, S: _Sentence, a: int, b: int) -> tuple[int, int] | None:
        """ "A report by its own transport officers found": the report found (a document);
        "an investigation by the Westerby Gazette has found": the newspaper found."""
        low = S.low
        by = next((x for x in range(a, b) if low[x] == "by"), a - 1)
        if not (by >= 1 and low[by] == "by" and S.is_word(by - 1)):
            return a, b
        noun = low[by - 1]
        if noun not in self.R.documents and noun not in _INVESTIGATIONS:
            return a, b
        agent = self._classify(S, by + 1, b)
        if agent is not None and (agent.source_type == "news_agency" or noun in _INVESTIGATIONS):
            return by + 1, b  # the body that investigated found it
        if by > a:
            return a, b
        np = self._np_back(S, by - 1)
        return (np[0], b) if np is not None and np[1] == by - 1 else (a, b)

    def _org_word_before(self, S: _Sentence, k: int) -> bool:
        """Is "and" at token k inside an organisation's name ("the Department of Borders and
        Residence")? Yes when the capitalised words before it, joined by of/for/the, hold an
        organisation word."""
        R = self.R
        x = k - 1
        while x >= 0 and k - x <= 6 and (S.tok[x][0].isupper() or S.low[x] in ("of", "for")):
            if S.tok[x] in R.org_endings or S.low[x] in R.inst_words:
                return True
            x -= 1
        return False

    def _np_back(self, S: _Sentence, j: int) -> tuple[int, int] | None:
        """The noun phrase ending at token j (the subject of a saying-verb)."""
        low, tok = S.low, S.tok
        if low[j] in _PRONOUNS:
            return j, j
        k = j
        while k >= 0:
            t, w = tok[k], low[k]
            if S.q[k]:
                break
            if not (t[0].isalnum() or t[0] == "_"):  # not _is_word_char(t[0]), written out
                if (t == "." and k > 0 and low[k - 1] in _ABBREV) or t == "&":
                    k -= 1
                    continue
                break
            # "a source close to the talks", "aides to the minister"
            close_to = (
                w == "to"
                and k > 0
                and (
                    low[k - 1] in _TO_ADJ
                    or low[k - 1] in _TO_NOUNS
                    # "a report to the cabinet shows" (not "the agreement to settle disputes")
                    or (
                        low[k - 1] in self.R.documents
                        and k + 1 <= j
                        and (low[k + 1] in _DETS or tok[k + 1][:1].isupper())
                    )
                )
            )
            if (
                w in ("and", "&")
                and 0 < k < j
                and tok[k - 1][0].isupper()
                and tok[k + 1][0].isupper()
                and (tok[j] in self.R.org_endings or self._org_word_before(S, k))
            ):
                k -= 1  # "the International Crop and Climate Agency": one name
                continue
            if (
                w in ("and", "or")
                and 0 < k < j
                and low[k - 1] in _TIME_OF_OFFICE
                and low[k + 1] in _TIME_OF_OFFICE
            ):
                k -= 1  # "Current and former officials": two describing words joined
                continue
            if (
                w in _STOP
                and (t[0].islower() or self._sentence_initial(S, k))
                and not close_to
                # "A person familiar with that review said": "that" points, after a preposition
                and not (w == "that" and 0 < k < j and low[k - 1] in _PREPS)
                and not (k == j and t[0].isupper() and self._surname_full(t))  # "May said"
                # "A close friend of the star told": a describing word, not "close to"
                and not (w == "close" and 0 < k < j and low[k - 1] in _DETS)
                # "Residents there say": a crowd and where it is (not in a question: "Do
                # the people there say ...?")
                and not (
                    w == "there"
                    and k == j
                    and k > 0
                    and low[k - 1] in _THERE_CROWDS
                    and not S.text.rstrip().endswith("?")
                )
            ):
                break
            if (
                w.endswith("ed")
                and t[0].islower()
                and k != j
                and low[k + 1] not in _PARTICIPLE_NEXT
                # "One widely shared post", "a leaked memo", "Leaked papers show": a
                # participle before its noun
                and not (k > 0 and (low[k - 1] in _DETS or low[k - 1].endswith("ly")))
                and not (k == 0 and k + 1 < j)
            ):
                break
            if w in _PRONOUNS and k != j and not (len(t) > 1 and t.isupper()):
                break  # (but "head of IT security": "IT" is no pronoun)
            if w in ("which", "whom") and k != j and k > 0 and low[k - 1] in _PREPS:
                break  # "an e-mail in which Tollbury's head of IT security warned": the head
            if (
                k != j
                and len(w) == 4
                and w.isdigit()
                and w[:2] in ("19", "20")
                # "In March 2019 officials", "since 2019 officials" (not "a 2023 report",
                # "the Tokyo 2020 organising committee": the year is part of the name)
                and k > 0
                and (
                    low[k - 1] in _TIME_PREPS
                    or (low[k - 1] in _MONTHS and k > 1 and low[k - 2] in _TIME_PREPS)
                )
            ):
                break  # "In March 2019 officials said": a year, then the officials
            if (
                k != j
                and (w in _WEEKDAYS or w in _MONTHS or w in _NOW_WORDS)
                and (
                    low[k + 1] in _DETS
                    # "On Monday Smith said" (not "May Smith said": a first name too)
                    or (
                        w in _WEEKDAYS and k > 0 and low[k - 1] == "on" and tok[k + 1][:1].isupper()
                    )
                )
            ):
                break  # "On Monday the biotech company announced", "In April the council said"
            if (
                k != j
                and t[0].islower()
                and w in self.R.verbs
                and w not in self.R.documents
                and w not in self.R.channel_of
                and (w.endswith("s") or w in ("say", "believe", "think", "warn", "claim"))
                and k > 0
                and low[k - 1] not in _DETS
            ):
                break  # "Many parents say the company should have warned": another clause
            k -= 1
            if j - k > 12:
                break
        a = k + 1
        while a <= j and low[a] in _PREPS:
            a += 1
        if a > j:
            return None
        if a > 0 and (low[a - 1] in _PREPS or low[a - 1] in _OPENING_PREPS):
            # "Within an hour of the final whistle the winger had posted", "After the match
            # the coach said": an opening phrase with no comma; the subject starts at the
            # last "the" that follows a noun, not a preposition
            for d in range(j - 1, a, -1):
                if (
                    low[d] == "the"
                    and tok[d - 1][:1].islower()
                    and S.is_word(d - 1)
                    and low[d - 1] not in _PREPS
                    and low[d - 1] not in _OPENING_PREPS
                    and low[d - 1] not in _DETS
                    and low[d - 1] not in ("and", "or", "but", "nor", "to", "than", "as")
                    and not low[d - 1].endswith(("’s", "'s", "ing", "ed"))
                    and _RELATIVES.isdisjoint(low[a:d])
                    and not any(w in self.R.verbs or w in _BE or w in _AUX for w in low[a:d])
                ):
                    a = d
                    break
        if a < j and low[a] in ("least", "most") and a > 0 and low[a - 1] == "at":
            a -= 1  # "At least four cabinet ministers have warned": the ministers, counted
        while (
            a > 0
            and tok[a - 1] in _NAME_PARTICLES
            and (tok[a][0].isupper() or tok[a] in _NAME_PARTICLES)  # ("de la Cruz")
            and not S.q[a - 1]
        ):
            a -= 1  # "“...,” de Souza told AFP": the particle is part of the name
        last = low[j]
        counted = last in _DETS and last not in _GROUP_SUBJECTS
        if counted and last in _SMALL_COUNTS and a < j - 1 and low[j - 1] == "of":
            counted = False  # "The grandmother of six said": the count ends the speaker
        if counted and not (a < j and tok[j][0].isupper() and tok[j - 1][0].isupper()):
            return None  # but a number closes a name: "Channel Six", "Radio Nine"
        if last.endswith(("’s", "'s")) and not _firm_with_s(tok, low, j):
            return None  # a possessive is not a subject (but "Macy's said": a firm's name)
        if (
            (last in _ADJ_NOT_SUBJECT or (last.endswith("ed") and tok[j][0].islower()))
            and a < j
            and low[a] in _DETS
        ):
            return None  # "the original", "a deleted": adjectives
        return a, j

    def _extra_after(self, S: _Sentence, b: int) -> tuple[int, int] | None:
        """The words after a speaker, between commas: ", a spokeswoman for the ministry,"."""
        n = len(S.tok)
        if b + 2 < n and S.tok[b + 1] == "," and not S.q[b + 2]:
            e = b + 2
            while e < n and S.tok[e] not in (",", ".", ";") and not S.q[e]:
                e += 1
            if e > b + 2:
                return S.ts[b + 2], S.te[e - 1]
        if b + 1 < n and S.low[b + 1] in ("who", "whose"):
            e = b + 1
            while e < n and S.tok[e] not in (",", ".", ";") and not S.q[e]:
                e += 1
            return S.ts[b + 1], S.te[e - 1]
        return None

    def _with_crowd_before(self, S: _Sentence, a: int, sp: _Speaker) -> _Speaker:
        """ "Travel agents and consumer groups say": a crowd joined to the vague group by
        "and", opening the clause, is part of the same speaker."""
        w = S.low[a - 2] if a >= 2 else ""
        if (
            a < 2
            or S.low[a - 1] != "and"
            or not (
                # a crowd's word opening the sentence ("Residents and traders"), or a plural
                # in lower case ("Travel agents and"; not "Jones and", "Barclays and")
                (w in self.R.crowd_plurals or re.search(rf"\b{re.escape(w)}\b", self.text))
                and (S.tok[a - 2].islower() or a - 2 == 0)
                or S.tok[a - 2].islower()
                and S.tok[a - 2].isalpha()
                and w.endswith("s")
                and not w.endswith("ss")
                and w not in self.R.verbs
            )
        ):
            return sp
        x = a - 2
        while (
            x > 0
            and a - x < 3
            and S.low[x - 1] not in _PRONOUNS
            and S.is_word(x - 1)
            and (S.tok[x - 1][0].islower() or x - 1 == 0)
            and S.low[x - 1] not in _DETS
            and S.low[x - 1] not in _QUANT
            and S.low[x - 1] not in _PREPS
            and S.low[x - 1] not in self.R.verbs
            and S.low[x - 1] not in _CROWD_CLAUSE_OPENERS
        ):
            x -= 1
        if (
            x > 0
            and S.tok[x - 1] not in (",", ";", ":", "—", "–")
            and S.low[x - 1] not in _CROWD_CLAUSE_OPENERS
        ):
            return sp  # "He met travel agents and consumer groups say": not the same clause
        if x == 0 and not self._sentence_initial(S, 0):
            return sp
        crowd = S.span(x, a - 2)
        first = crowd[:1].lower() if x == 0 and not crowd[:2].isupper() else crowd[:1]
        return replace(
            sp,
            speaker=f"{first}{crowd[1:]} and {sp.speaker}",
            mention=f"{crowd} and {sp.mention}",
            start=S.ts[x],
        )

    def _titled_holder(self, S: _Sentence, k: int, j: int) -> _Speaker | None:
        """'The Municipal Coordinator of the Disaster Unit, Mr Issah Mahama, said': an office,
        then its holder by title and full name between commas (k and j): the holder speaks.
        Not after a spokesperson's or a lawyer's job ("A spokesman for the minister, Dr Kwame
        Asante, said" may name the minister)."""
        t = k + 1
        if S.tok[k] != "," or S.low[t] not in _ASIDE_TITLES:
            return None
        t += 1 + (S.tok[t + 1 : t + 2] == ["."])
        names = S.tok[t:j]
        if not 2 <= len(names) <= 4 or not all(
            w[:1].isupper() and w.isalpha() or "-" in w for w in names
        ):
            return None
        o = k - 1
        while o > 0 and k - o < 16 and S.tok[o - 1] not in (",", "—", "–") and not S.q[o - 1]:
            o -= 1
        office = S.low[o:k]
        if (
            not office
            or not (
                office[0] in ("the", "a", "an")
                or office[0].endswith(("’s", "'s"))
                # "Member of Parliament for Lotlhare East, Dr Boitumelo Sebina, said": an
                # office opening the sentence with its capital
                or self._sentence_initial(S, o)
                and (office[0] in self.R.title_words or office[0] == "member")
                and len(office) > 2
                and office[1] in ("of", "for")
            )
            or any(w in self.R.verbs or w in _BE or w in _HOLDER_NOT for w in office[1:])
            or self.R.spokes.search(" ".join(office)) is not None
        ):
            return None
        who = " ".join(names)
        title = S.low[k + 1]
        gender = (
            self.R.gender.get(names[0]) or self.R.titles.get((title,)) or _TITLE_GENDER.get(title)
        )
        return _named_person(
            who,
            S.span(o, j - 1),
            S.ts[o],
            S.te[j - 1],
            f"'{S.span(o, k - 1)}' is the office of {who}, named beside it",
            gender,
        )

    def _appositive_subject(self, S: _Sentence, j: int) -> _Speaker | None:
        """'X, a spokesman for Y, said' or 'the report, issued Monday, says': the X."""
        k = j - 1
        while k >= 0 and S.tok[k] not in (",", "—", "–", "("):
            if S.q[k]:
                # a short quoted label inside the clause ("who made Tally the centrepiece of
                # its “AI-first” strategy") is stepped over; a longer quotation ends the search
                o = k
                while o > 0 and S.q[o] != "open" and k - o < 8:
                    o -= 1
                if S.q[k] != "close" or S.q[o] != "open" or k - o >= 8 or not S.is_word(o - 1):
                    return None
                k = o
            k -= 1
        if k < 0 or k == j - 1:
            return None
        inner = S.low[k + 1 : j]
        if S.tok[k] == "," and ("and" in inner or "or" in inner) and len(inner) <= 6:
            # "The Alliance, which represents 240 hotels, B&Bs and campsites, said": the end
            # of a list inside the clause; the clause opens at the comma before "which"
            c = k - 1
            while c > 0 and k - c < 16 and S.tok[c] not in ("—", "–", "(", ")") and not S.q[c]:
                if S.tok[c] == "," and S.low[c + 1] in ("which", "who", "whose"):
                    k = c
                    break
                c -= 1
        opener, inner = S.low[k + 1], S.low[k + 1 : j]
        holder = self._titled_holder(S, k, j)
        if holder is not None:
            return holder
        if len(inner) <= 2 and S.low[k - 1 : k] in (["name"], ["surname"]):
            # "a student who gave only her first name, Eleni, said": the name given
            given = _NAME_GIVEN_AS.search(self.text, S.start, S.te[j - 1])
            if given and given.end() == S.te[j - 1]:
                mention = self.text[S.start : S.te[j - 1]]
                return _given_name(given[1], mention, S.start, S.te[j - 1])
        aside = len(inner) == 2 and opener.endswith("ly")  # "the coach, visibly angry, said"
        # "The Council of Northern States, to which both countries belong, said"
        relative = len(inner) > 2 and opener in _PREPS | {"to"} and inner[1] in ("which", "whom")
        # "The Supporters' Trust, to its credit, said", "The club, for its part, said"
        relative = relative or (
            len(inner) == 3 and opener in ("to", "for", "in") and inner[1] in _POSS_PRONOUNS
        )
        # "Petra Valk, chief economist at Corran Securities, told": a job with no article
        # after a name
        job = (
            k >= 1
            and S.tok[k - 1][:1].isupper()
            and S.tok[k + 1][:1].islower()
            and len(inner) <= 12
            and not any(
                w in self.R.verbs or w in _BE or w in _AUX or w in _RELATIVES for w in inner
            )
            and inner[0] not in _DETS
            and self._job_words(inner[:1])
        )
        # "Residents, many of them elderly, said": how many of them, and what they are
        counted = len(inner) >= 3 and opener in _OF_THEM and inner[1] == "of" and inner[2] == "them"
        # "Union rep Kwame Asante, of Unite, said": where the person works
        # ("Dr Ana Lind, from Tasman Coast University, says": where she comes from)
        affiliation = (
            opener in ("of", "from")
            and 1 < len(inner) <= 6
            # ("Freshwater scientist Aroha Kemp, of the Mahuta Institute, said")
            and (S.tok[k + 2][:1].isupper() or S.tok[k + 2] == "the" and S.tok[k + 3][:1].isupper())
        )
        # "Its owner, local businessman Tom Hale, said": a job, then the name
        named = (
            2 < len(inner) <= 7
            and S.tok[j - 1][:1].isupper()
            and S.tok[j - 2][:1].isupper()
            and S.tok[k + 1][:1].islower()
            and inner[0] not in _DETS
            and self._job_words(
                [w for w, t in zip(inner, S.tok[k + 1 : j], strict=True) if t[:1].islower()]
            )
        )
        if not (
            aside
            or relative
            or counted
            or job
            or affiliation
            or named
            or opener in _APPOSITIVE_OPENERS
            or opener.endswith(("ed", "ing"))
            or opener in _IRREGULAR_PARTICIPLES  # "a design review, seen by the Gazette,"
            or opener.isdigit()
            or _AGE.fullmatch(opener)  # "Its editor, 17-year-old Priya Lakhani, said"
            or S.tok[k + 1][0].isupper()
            or self.R.spokes.search(" ".join(S.tok[k + 1 : j])) is not None
        ):
            return None
        if opener in ("a", "an", "the") and any(
            w in _BE or w in ("has", "have", "had", "will") for w in inner
        ):
            rel = next((x for x, w in enumerate(inner) if w in ("who", "which", "that")), None)
            be = next(
                x for x, w in enumerate(inner) if w in _BE or w in ("has", "have", "had", "will")
            )
            if rel is None or rel > be:
                return None
        # "Rep. Luis Ferrante, D-Millbrook, whose district ...,": the name before the tag;
        # "Sen. Tom Baker (R-Millbrook), the committee's ranking Republican,": before "("
        h = _before_party_tag(S.tok, k)
        if h == k and k >= 1 and S.tok[k - 1] == ")":
            h = _bracket_start(S.tok, k - 1) or k
        if (
            h >= 3
            and S.tok[h - 1].isdigit()
            and len(S.tok[h - 1]) <= 3
            and S.tok[h - 2] == ","
            and S.tok[h - 3][:1].isupper()
        ):
            h -= 2  # "Tom Hale, 52, who posted a video, said": the name before the age
        if h - 1 < 0 or not S.is_word(h - 1):
            return None
        np = self._np_back(S, h - 1)
        if np is None:
            return None
        a = np[0]
        if (
            a >= 3
            and _kin_and_kin(S.low, a - 2)
            and (S.low[a - 3] in _POSS_PRONOUNS or S.low[a - 3].endswith(("’s", "'s")))
        ):
            np = (a - 3, np[1])  # "Her son and daughter, Pavel and Dora Varga, said"
        # "A report to the planning committee, published on Friday, said": the report;
        # "A person who worked on the broadcast, speaking on condition ...": the person
        a, b = self._text_at_start(S, *self._relative_subject(S, *np))
        if a >= 2 and S.low[a - 1] in ("to", "for") and S.is_word(a - 2):
            # "The Chief Press Secretary to the Governor, Segun Akinola,": the job is the
            # whole phrase, not "the Governor"
            job = self._np_back(S, a - 2)
            if job is not None and (
                S.low[a - 2] in self.R.title_words
                or self.R.spokes.search(" ".join(S.low[job[0] : a - 1]))
            ):
                a = job[0]
        comma = self._address_before(S, a)
        if comma is not None:
            # "Jane Holt, 63, of Church Street, Ardee, told", "Aoife Brennan, from Ballina,
            # Co Mayo, told": an address set beside the name
            return self._appositive_subject(S, comma)
        # "the indictment against Lund's company, Nordhavn Marine Works, ...": the name is
        # itself set beside the noun before it, which is the real subject
        # ("In a note to clients, Petra Moll, an analyst, said": "clients" is not such a noun)
        stacked = (
            a >= 2
            and S.tok[a - 1] == ","
            and S.is_word(a - 2)
            and S.tok[a - 2][0].islower()
            and (S.low[a - 2] in self.R.apposition_nouns or S.low[a - 2] in self.R.inst_words)
        )
        if (
            stacked
            and all(t[0].isupper() for t in S.tok[a : b + 1])
            # not "The head of the union, Tom Price, who led the strike,": a person's name
            and S.tok[a] not in self.R.gender
        ):
            np2 = self._np_back(S, a - 2)
            # not the place of an opening phrase: "Outside court, Harold Briggs, 68, said"
            opening = S.low[0] in _PLACE_OPENERS or self._participle_opener(S, 0)
            if np2 is not None and not (opening and np2[0] <= 5):
                a, b = np2
        extra = (S.ts[k + 1], S.te[j - 1])
        if (
            opener in ("which", "where", "whose")
            and a >= 2
            and S.low[a] in ("the", "a", "an")
            and S.tok[a - 1] == ","
            and S.tok[a - 2][:1].isupper()
            and not S.q[a - 2]
        ):
            # "Eleanor Pryce, the head of Westgate Academy, which banned phones, wrote": the
            # clause is about the academy; the description is set beside the name before it
            np2 = self._np_back(S, a - 2)
            if (
                np2 is not None
                and all(t[:1].isupper() for t in S.tok[np2[0] : np2[1] + 1])
                and self._could_be_name([t for t in S.tok[np2[0] : np2[1] + 1] if t != "."])
                and S.tok[np2[0]] not in self.R.org_endings
            ):
                extra = (S.ts[a], S.te[j - 1])
                a, b = np2
        sp = self._classify(S, a, b, marker_region=(S.ts[a], S.te[j]), extra=extra)
        if (
            job
            and sp is not None
            and sp.source_type == "institution"
            and a == b
            and opener not in self.R.inst_words
            and self._learned_kind(S.tok[a]) is None
        ):
            # "Birch, owner of the bakery, said": a job is held by a person, even one the
            # article names by surname only
            sp = replace(
                sp,
                source_type="named_person",
                type_reason=f"{sp.speaker} is a named person speaking for themselves",
                kind="person",
            )
        return sp

    @staticmethod
    def _address_before(S: _Sentence, a: int) -> int | None:
        """The comma that opens an address ending at the words from token a: "of Church
        Street", "of 14 Mill Road", "from Ballina, Co Mayo" or "of Bridge Street, Westport"
        (the town after the street); None when the words are no such address."""
        low, tok = S.low, S.tok
        if low[a].isdigit() and a + 1 < len(tok):
            a += 1  # "14 Mill Road"
        if not tok[a][:1].isupper():
            return None
        x = a
        if x >= 2 and tok[x - 1] == ",":  # "of Bridge Street, Westport": back to the street
            y = x - 2
            while y > 0 and tok[y][:1].isupper() and not S.q[y]:
                y -= 1
            x = y + 1
        k = x - 1
        if k >= 1 and low[k].isdigit():
            k -= 1  # "of 14 Mill Road"
        if k >= 1 and low[k] in ("of", "from") and tok[k - 1] == ",":
            return k - 1
        return None

    def _participle_opener(self, S: _Sentence, k: int) -> bool:
        """Does the sentence open with a participle phrase at token k ("Called as an
        expert witness by her team, ...", "Speaking to reporters, ...")? Not a first name
        that only looks like one ("Ahmed Saleh", "Sterling Price", "Ed Barnes")."""
        w = S.low[k]
        return (
            w.endswith(("ed", "ing"))
            and len(w) > 4
            and k + 1 < len(S.tok)
            and S.tok[k + 1][:1].islower()
            and S.tok[k] not in self.R.gender
        )

    def _lead_name(self, S: _Sentence, j: int) -> _Speaker | None:
        """A person named at the start, before a chain of asides: "Pavla Rusek, 29, who ..., told".

        Only a name that resolves to a named person counts, and only when the words
        between it and the comma before the verb hold no other saying-verb.
        """
        k = 0
        m = _DATELINE.match(S.text)
        if m:
            k = S.index_at(S.start + m.end())
        if k < j and (S.low[k] in _PLACE_OPENERS or self._participle_opener(S, k)):
            # "Outside court, Harold Briggs, 68, who ..., said": past the opening place;
            # "Called as an expert witness by her team, Professor Anders Holm, ..., said"
            comma = next((x for x in range(k + 1, min(j, k + 10)) if not S.is_word(x)), None)
            if comma is not None and S.tok[comma] == ",":
                k = comma + 1
        e = k
        while e + 1 < j and (
            (S.is_word(e + 1) and S.tok[e + 1][0].isupper())
            or (S.tok[e + 1] == "." and S.low[e] in _ABBREV)  # "Rep. Luis Ortega"
        ):
            e += 1
        if not (S.is_word(k) and S.tok[k][0].isupper() and e + 1 < j and S.tok[e + 1] == ","):
            return None
        if S.low[k] in _PREPS or S.low[k] in _OPENERS or S.low[k] in ("like", "unlike", "as"):
            return None
        if any(w in self.R.verbs for w in S.low[e + 1 : j]):
            return None
        sp = self._classify(S, k, e, marker_region=(S.ts[k], S.te[j]))
        return sp if sp is not None and sp.source_type == "named_person" else None

    def _job_then_name_at(self, S: _Sentence, e: int, j: int) -> int | None:
        """Where the name ends, when one to three small-letter job words after ``e`` come
        before a known first name and a surname ("country manager Thomas Phiri")."""
        low, tok = S.low, S.tok
        if any(t in self.R.gender for t in tok[: e + 1]):
            return None  # a name already taken: "Apple chief Tim Cook met Donald Trump"
        for n in (1, 2, 3):
            f = e + 1 + n
            if f + 1 >= j:
                return None
            words = low[e + 1 : f]
            if not all(
                S.is_word(x)
                and tok[x][:1].islower()
                and low[x] not in self.R.verbs
                and low[x] not in _BE
                and low[x] not in _AUX
                and not low[x].endswith("ed")
                for x in range(e + 1, f)
            ):
                return None
            if (
                tok[f] in self.R.gender
                and tok[f + 1][:1].isupper()
                and S.is_word(f + 1)
                and self._job_words(words)
            ):
                return f + 1
        return None

    def _main_subject(self, S: _Sentence, j: int) -> _Speaker | None:
        """The subject at the start of the clause (for ', saying ...' and '... and said')."""
        low, tok = S.low, S.tok
        k = 0
        m = _DATELINE.match(S.text)
        if m:
            k = S.index_at(S.start + m.end())
        if k < j and (
            low[k] in _OPENERS
            or low[k] in _TIME_NOUNS
            or low[k].endswith("ly")
            or (low[k] in _ASKED and k + 1 < j and tok[k + 1][0].islower())
            # "Speaking at a news conference on Monday, the chief executive ... and said"
            or (low[k].endswith("ing") and k + 1 < j and low[k + 1] in _PARTICIPLE_NEXT)
            or (
                low[k] in _SPANS
                and k + 1 < j
                and low[k + 1] in ("before", "after", "later", "earlier")
            )
        ):
            comma = next((x for x in range(k, j) if tok[x] == "," and not S.q[x]), None)
            if comma is not None and (comma - k < 10 or low[k] in _ASKED and comma - k < 30):
                k = comma + 1  # "Asked why ... under the heading “test results”, he ..."
            elif comma is None and low[k] in _OPENERS:
                # "Late on Thursday she posted ...": no comma after the time phrase
                k = next((x for x in range(k + 1, min(j, k + 6)) if low[x] in _PRONOUNS), k)
        while k < j and not S.is_word(k):
            k += 1
        if k >= j:
            return None
        if low[k] in _PRONOUNS:
            return self._classify(S, k, k)
        e = k
        # "Consumer groups welcomed ... and said": a capital only because the sentence starts
        # there, on a word the dictionary has, before a small-letter noun
        common = (
            k + 1 < j
            and S.is_word(k + 1)
            and tok[k + 1][0].islower()
            and _kind_of_head(low[k + 1]) == "group"
            and low[k + 1] not in self.R.verbs
            and low[k + 1] not in _BE
            and low[k + 1] not in _AUX
            and k + 2 < j
            # "Consumer groups welcomed ...", not "Union leaders met ministers"
            and (low[k + 2] in self.R.verbs or low[k + 2].endswith("ed"))
            and in_dictionary(low[k])
            and self._sentence_initial(S, k)
        )
        if tok[k][0].isupper() and low[k] not in _DETS and not common:
            titles = self.R.title_words
            while e + 1 < j and S.is_word(e + 1):
                if tok[e + 1][0].isupper() or tok[e + 1] == ".":
                    e += 1
                elif (
                    low[e + 1] in titles and e + 2 < j and tok[e + 2][0].isupper()
                ):  # "Government spokesman Viktor Dragan": a title between capitals
                    e += 2
                elif (
                    e == k
                    and e + 3 < j
                    and tok[e + 2][0].isupper()
                    and tok[e + 3][0].isupper()
                    and self._job_words([low[e + 1]])
                    and self._could_be_name([tok[e + 2], tok[e + 3]])
                ):  # "Pop star Tamsin Vale", "TV chef Rocco Albani": a job between
                    e += 2
                elif (
                    e == k
                    and S.part == "headline"
                    and e + 2 < j
                    and tok[e + 2][0].isupper()
                    and (e + 3 >= j or not tok[e + 3][0].isupper())
                    and self._job_words([low[e + 1]])
                    and (self._a_person([low[e + 1]]) or low[e + 1] in _PERSON_NOUNS)
                    and self._could_be_name([tok[e + 2]])
                ):  # a headline's "Marathon winner Moro": a job between, a surname after
                    e += 2
                elif (
                    e == k
                    and e + 4 < j
                    and low[e + 1] == "and"
                    and tok[e + 2][0].islower()
                    and tok[e + 3][0].isupper()
                    and tok[e + 4][0].isupper()
                    and self._job_words([low[k], low[e + 2]])
                    and self._could_be_name([tok[e + 3], tok[e + 4]])
                ):  # "Singer and presenter Marla Quinn": two jobs before the name
                    e += 3
                elif (n := self._job_then_name_at(S, e, j)) is not None:
                    # "Sunbeam Grid country manager Thomas Phiri defended ..., saying": the
                    # firm's name, a job, then the person who holds it
                    e = n
                elif low[e].endswith(("’s", "'s")) and tok[e + 1][0].islower():
                    # "Marknadsposten's editor, Vidar Holm, defended ...": the editor;
                    # "Marrosa's weather service issued ...": the service
                    x = e + 1
                    while (
                        x < j
                        and x - e <= 4
                        and S.is_word(x)
                        and tok[x][0].islower()
                        and self._job_words([low[x]])
                    ):
                        x += 1
                    if x == e + 1:
                        break
                    y = x  # "Marsova's opposition leader Dalia Remeny": the name after the job
                    while y < j and y - x < 3 and S.is_word(y) and tok[y][0].isupper():
                        y += 1
                    e = (y if y - x >= 2 else x) - 1
                    break
                else:
                    break
        elif low[k] in _QUANT_OK and k + 1 < j and low[k + 1] in _GO_FURTHER:
            pass  # "Some go further, arguing": "some" alone is the subject
        else:
            while e + 1 < j and S.is_word(e + 1):
                w = low[e + 1]
                if (
                    w in _STOP
                    # ("A later post put the toll at seven and said": a noun after "later")
                    or (
                        w in self.R.verbs
                        and low[e] not in _DETS
                        and low[e] not in _NEXT_OF_KIND
                        and low[e] not in ("first", "last", "original", "earlier", "final")
                    )
                    or w in _PREPS
                    or w in _IRREGULAR_PAST
                    or (w in _GO_FURTHER and e > k)  # "Some commentators go further and claim"
                    or (
                        w.endswith("ed")
                        and tok[e + 1][0].islower()
                        # but "a subdued Dunmore": a word describing the name after it
                        and not (e + 2 < j and tok[e + 2][0].isupper() and low[e] in _DETS)
                    )
                ):
                    break
                e += 1
            if e + 3 < j and _kin_and_kin(low, e) and tok[e + 3] == ",":
                e += 2  # "Her son and daughter, Pavel and Dora Varga, challenged the will"
            e = self._role_of_body_named(S, k, e, j)
        k, e = self._name_of_place(S, k, e)
        # "Her deputy, Owen Trask, went further, accusing": the name set beside the subject
        extra = self._extra_after(S, e) if e + 2 < j and tok[e + 1] == "," else None
        if extra and not (extra[1] < S.ts[j] and tok[e + 2][0].isupper() or low[e + 2] == "the"):
            extra = None
        return self._classify(S, k, e, marker_region=(S.ts[k], S.te[j]), extra=extra)

    def _role_of_body_named(self, S: _Sentence, k: int, e: int, j: int) -> int:
        """'The head of the Valley Trust, Ann Roe, wrote and said': the role runs on to the
        comma before the name set beside it (the name is then the subject)."""
        low, tok = S.low, S.tok
        if not (
            e + 3 < j
            and low[e + 1] in ("of", "at", "for")
            and (low[k] in _DETS or low[k] in _POSS_PRONOUNS)
        ):
            return e
        c = next((x for x in range(e + 2, min(j, e + 10)) if tok[x] == ","), None)
        if (
            c is None
            or c + 2 >= j
            or not tok[c + 1][0].isupper()
            or not all(S.is_word(x) and not S.q[x] for x in range(e + 2, c))
            or not self._job_words(low[k + 1 : e + 1])
            or not self._could_be_name([t for t in tok[c + 1 : c + 4] if t[0].isupper()][:3])
            # a person's name ("Ann Roe", "Dr Lee"), not "the band, Blue Harbour,"
            or not (
                tok[c + 1] in self.R.gender or tok[c + 1].lower().rstrip(".") in self.R.title_words
            )
            # of a body ("of the Valley Trust", "of the council"), not "of the boy, Jack Dunn,"
            or not any(tok[x][0].isupper() or low[x] in self.R.inst_words for x in range(e + 2, c))
        ):
            return e
        return c - 1

    def _quote_right_before(self, S: _Sentence, a: int) -> bool:
        k = a - 1
        while k >= 0 and S.tok[k] in (",", "—", "–"):
            k -= 1
        return k >= 0 and S.q[k] == "close"

    def _sentence_initial(self, S: _Sentence, k: int) -> bool:
        x = k - 1
        while x >= 0 and not S.is_word(x):
            x -= 1
        if x >= 0 and S.idx == 0 and _DATELINE.match(S.text) and S.ts[x] - S.start < 40:
            return S.text[S.ts[k] - S.start - 3 : S.ts[k] - S.start].strip() in (
                "—",
                "–",
                "-",
                "--",
            )
        return x < 0 or S.part == "headline"

    # speaker classification ---------------------------------------------------
    def _classify(
        self, S: _Sentence, a: int, b: int, marker_region=None, extra=None
    ) -> _Speaker | None:
        R = self.R
        tok, low = S.tok, S.low
        if low[a] in ("nobody", "none") or low[a : a + 2] == ["no", "one"]:
            return None  # "Nobody blamed the goalkeeper": no one is speaking
        if low[a] in ("whatever", "whoever"):
            return None  # "whatever its glossy leaflets say": nobody's words are reported
        if a == 0 and b > 1:
            w = next(
                (w for w in range(1, min(b, 4) + 1) if tok[w] in ("I", "we")),
                None,
            )
            if w is not None and self._contact_clause_after(S, w):
                return self._with_contact_clause(S, a, b, w, marker_region, extra)
        if a == b and low[a] in _PRONOUNS:
            return self._pronoun_speaker(S, a, _PRONOUNS[low[a]])
        if a == b and low[a] in _OBJ_PRONOUNS:
            return self._pronoun_speaker(S, a, _OBJ_PRONOUNS[low[a]])
        if (
            b > a + 1
            and tok[b] in _POST_NOMINALS
            # a name: "Jackie Baillie MSP", not "A Labour MP", "Local Labour MP"
            and low[a] not in _DETS
            and _PARTY_WORDS.isdisjoint(low[a:b])
            and all(t[:1].isupper() for t in tok[a:b])
        ):
            return self._classify(S, a, b - 1, marker_region, extra)  # "Jackie Baillie MSP said"
        if (
            b >= a + 4
            and tok[a][:1].isupper()
            and "of" in low[a + 1 : b - 2]
            and tok[b - 2][:1].islower()
            and tok[b - 1] in R.gender
            and tok[b][:1].isupper()
            and (low[b - 2] in R.title_words or self._a_person([low[b - 2]]))
        ):
            # "Voice of the Towns candidate Darren Pike": a body's name, a job, then the
            # person who holds it
            return self._classify(S, b - 2, b, marker_region, extra)
        if (
            b == a + 1
            and low[a] == "its"
            and low[b] in _PAPER_VOICES
            # "Its editor, Jo Reed,", "Its editor, who took over last year,": a person
            and not (extra and (self.text[extra[0] : extra[0] + 1].isupper() or low[b] == "editor"))
        ):
            # "The Northern Chronicle takes a kinder view. Its leader says ...": the paper's
            # own editorial, so the paper speaks
            paper = self._paper_before(S)
            if paper is not None:
                return _Speaker(
                    paper,
                    S.span(a, b),
                    S.ts[a],
                    S.te[b],
                    "news_agency",
                    True,
                    f"'{S.span(a, b)}' is the {low[b]} of {paper}, a news organisation, so "
                    "the words are that newsroom's",
                    kind="org",
                )
        if (
            b > a
            and low[a] == "the"
            and _AGE.fullmatch(low[a + 1])
            and (
                b == a + 1
                or low[b] in _PERSON_NOUNS
                or low[b] in R.title_words
                # "the 61-year-old property developer": a word for someone who does something
                or (tok[b][0].islower() and self._a_person([low[b]]))
            )
            and not any(w.endswith(("’s", "'s")) for w in low[a + 2 : b + 1])
            and int(low[a + 1].split("-")[0]) <= 110  # (not "the 150-year-old retailer")
        ):
            # "the 29-year-old", "the 51-year-old former judge": a person just named, whose
            # age, if the article gives it, is that one (not "Gavin Moore, 35, ... The
            # 40-year-old plasterer"); a word a firm is called too ("the 40-year-old
            # developer", "brewer") needs that age given beside the name
            age = low[a + 1].split("-")[0]
            # (", who ..." after it is a person's: "The 61-year-old property developer, who")
            firm_word = (
                b > a + 1
                and S.low[b + 1 : b + 3] != [",", "who"]
                and low[b] not in _MOSTLY_PEOPLES_ROLES
                and (
                    low[b] in R.inst_words
                    or low[b] in _ORG_ROLES
                    or low[b] in R.apposition_nouns
                    or low[b] in R.outlet_nouns.keys  # "the 100-year-old broadcaster"
                )
            )
            sp = self._pronoun_speaker(S, a, "one", b)
            if (sp is None or self._age_fits(sp.speaker, age, given=firm_word)) and (
                sp is not None or b == a + 1 or low[b] in _PERSON_NOUNS
            ):
                return sp
        if (
            a == b
            and low[b] in _LABELS
            and a >= 3
            and S.q[a - 1] == "close"
            and (not extra or _AGE_ONLY.fullmatch(self.text[extra[0] : extra[1]]))
        ):
            # "The “Glass Houses” singer announced": a title in quotation marks between
            o = next((x for x in range(a - 2, max(0, a - 8), -1) if S.q[x] == "open"), None)
            if o is not None and o >= 1 and low[o - 1] == "the":
                who, why = self._labelled_person(S, o - 1, low[b])
                if who is not None:
                    mention = S.span(o - 1, b)
                    note = f"'{mention}' is {who}, {why}"
                    return _named_person(
                        who, mention, S.ts[o - 1], S.te[b], note, self.gender.get(who)
                    )
        if (
            low[a] == "the"
            and low[b] in _LABELS
            and (b == a + 1 or (b == a + 2 and (tok[a + 1][0].isupper() or "-" in low[a + 1])))
            # ("The singer, 29, announced": only an age beside it)
            and (not extra or _AGE_ONLY.fullmatch(self.text[extra[0] : extra[1]]))
            and not (tok[b][0].isupper() and low[b] in _SMALL_LABELS)
        ):
            # "the sophomore wrote", "the Florida Republican said": the person just named
            # with that word
            who, why = self._labelled_person(S, a, low[b])
            mention = S.span(a, b)
            if who is not None:
                note = f"'{mention}' is {who}, {why}"
                return _named_person(who, mention, S.ts[a], S.te[b], note, self.gender.get(who))
            return _Speaker(
                self._describe(S, a, b),
                mention,
                S.ts[a],
                S.te[b],
                "anonymous",
                False,
                f"the source is described ('{mention}') but not named, so it is anonymous",
                "",
                "person",
                None,
                low[b],
            )
        if (
            b == a + 1
            and low[a] in ("his", "her")
            and (low[b] in _KIN or low[b] in _KIN_OR_AIDE)
            and not extra
        ):
            # "His daughter, Carol Mayer, said ... his daughter said": the person the article
            # introduced with those very words
            who = self._introduced_as(S.ts[a], S.span(a, b))
            if who is not None:
                mention = S.span(a, b)
                note = f"'{mention}' is {who}, introduced earlier as {mention.lower()}"
                return _named_person(who, mention, S.ts[a], S.te[b], note, self.gender.get(who))
        if low[a] == "the" and b == a + 1 and low[b] in ("former", "latter") and not extra:
            # "Stefan Kowalczyk and Gary Lister ..., and the former said": the first or the
            # second of the last two people named
            people = [p for p in self._first_people(S.idx) if p[0] < S.ts[a]]
            if len(people) < 2 and S.idx > 0:
                people = self._first_people(S.idx - 1) + people
            names = list(dict.fromkeys(who for _p, who in people))
            latter = low[b] == "latter"
            last_at = max((p for p, _w in people), default=S.start)
            run = _NAME_RUN.match(self.text, last_at)
            after = self.low[run.end() if run else last_at : S.ts[a]]
            picked = (
                run
                if latter
                else _NAME_RUN.match(self.text, min((p for p, _w in people), default=S.start))
            )
            # someone else beside the name picked ("Anna Berg's lawyer wrote to Tom Hale. The
            # former"), or right after the second ("Tom Hale and the council")
            third = (picked is not None and picked.group().endswith(("’s", "'s"))) or re.match(
                r"(?:’s|'s)\b| and (?:his|her|their|its|the)\b", after
            )
            if len(names) == 2 and not third:
                who = names[-2] if low[b] == "former" else names[-1]
                mention = S.span(a, b)
                note = f"'{mention}' is {who}, the {'first' if low[b] == 'former' else 'second'} of the two people named just before"
                return _named_person(who, mention, S.ts[a], S.te[b], note, self.gender.get(who))
        if (
            low[a] == "the"
            # (an age beside it is no other name: "The veterinarian, 38, admitted")
            and (not extra or _AGE_ONLY.fullmatch(self.text[extra[0] : extra[1]]))
            and (b == a + 1 or (b == a + 2 and low[a + 1] in _JOB_ADJECTIVES))
            and tok[b].islower()
            and low[b] not in _LABELS
            and low[b] not in _EPITHETS
            and low[b] not in _SETTING_PEOPLE
            and low[b] not in R.title_words
            and low[b] not in R.inst_words
            and low[b] not in _FIRM_JOBS
            and self._a_person([low[b]])
        ):
            # "Site electrician Joe Carver ... The electrician said", "Joyce Whitlock, 71,
            # said ... “...,” the retired nurse said": the person just named
            who, why = self._job_holder(S, a, low[b], marked=b == a + 2 or bool(extra))
            if who is not None:
                mention = S.span(a, b)
                note = f"'{mention}' is {who}, {why}"
                return _named_person(who, mention, S.ts[a], S.te[b], note, self.gender.get(who))
        if low[a] == "the" and self._epithet(low, a + 1, b) and not extra:
            # "Graham Tully, 74, ... The grandfather said": news style for the person just
            # named with an age that fits (else an unnamed person, described)
            who = self._aged_person(S, a, low[a + 1])
            if who is not None:
                mention = S.span(a, b)
                note = f"'{mention}' is {who}, named just before with an age that fits"
                return _named_person(who, mention, S.ts[a], S.te[b], note, self.gender.get(who))
        if extra and a == b and low[a] in ("one", "another"):
            signed = _NAME_SIGNED.search(self.text, extra[0], extra[1])
            if signed is not None:
                # "Another, who signed himself Ciarán Breen, said": the name he gave
                return _given_name(signed[1], S.span(a, b), S.ts[a], S.te[b])
        if (a == b and low[a] in ("one", "another")) or (
            b == a + 1 and low[a] == "the" and low[b] == "other"
        ):
            member = self._member_of_group(S, a, b)
            if member is not None:
                return member
        if a == b and low[a] == "both":
            pair = self._pair_before(S, a)
            if pair is not None:
                return pair
        start, end = S.ts[a], S.te[b]
        mention = S.span(a, b)
        extra_txt = self.text[extra[0] : extra[1]] if extra else ""
        given = _NAME_GIVEN_AS.search(extra_txt) if "name" in extra_txt else None
        if (
            given
            and (
                "who " not in extra_txt[: given.start()]  # a person's own aside, not "Police, who"
                or low[b] in self.R.inst_words
                or tok[a][:1].isupper()
                and low[a] not in _QUANT
                and low[a] not in _DETS
            )
        ):
            given = None
        if given:
            # "the farmer, who gives his name only as Marco, says": that name
            return _given_name(given[1], mention, start, end)
        if " who " in mention and "name" in mention:
            # "A taxi driver who gave his name only as Bongani said": the clause inside the
            # mention, with no commas round it
            given = _NAME_GIVEN_AS.search(mention)
            if given and given.end() == len(mention):
                return _given_name(given[1], mention, start, end)
        # the head: the words before the first preposition or participle
        p = a + 1
        while p <= b:
            w = low[p]
            if (w in ("who", "whose") or w in ("that", "which") and p > a + 1) and p > a:
                break  # "people who have worked with both chefs", "the report that ...": the head
            if _post_modifier_at(tok, low, p):
                break  # "Several shoppers outside the store", "residents living nearby"
            if w == "there" and p == b and low[p - 1] in _THERE_CROWDS:
                break  # "Residents there say": the residents, and where they are
            if (
                (w in _DETS or w in _POSS_PRONOUNS)
                and low[p - 1] in R.documents
                and (p - 1 == a or low[a] in _DETS and p - 1 <= a + 2)
                # not "In a letter his lawyer said", "Responding to the study its authors
                # said" ("according to a filing the firm made" is the filing's)
                and not (
                    a > 0
                    and (low[a - 1] in _PREPS or low[a - 1] == "to")
                    and low[a - 2 : a] != ["according", "to"]
                )
            ):
                # "a filing the company made to the regulator": the filing (only when the
                # text is the head's own noun, not "In a letter his lawyer said")
                break
            if w == "to" and (low[p - 1] in R.documents or low[p - 1] in _TO_NOUNS):
                break  # "a report to councillors": the report; "callers to the show": callers
            if (
                w.endswith("ing")
                and tok[p].islower()
                and low[p - 1] in R.documents
                and p > a + (low[a] in _DETS)
            ):
                break  # "a staff report going to the commission": the report
            if (
                w == "of"
                and b <= p + 3
                and low[b] == "office"
                and low[b - 1].endswith(("’s", "'s"))
                # a title's office ("the secretary of state's office", "the mayor of
                # London's office"; not "the head of the council's office")
                and low[a + (low[a] in _DETS)] in R.title_words
                and low[p + 1] not in _DETS
            ):
                p = b + 1  # "the secretary of state's office": the office, not the secretary
                break
            if (
                w in _PREPS
                and tok[p][0].isupper()
                and tok[p - 1][0].isupper()
                and p < b
                and tok[p + 1][0].isupper()
            ):
                p += 1  # "Reporters Across Borders", "Parents Against Cuts": inside a name
                continue
            if w == "close" and p > a and low[p - 1] in _DETS and p < b and low[p + 1] != "to":
                p += 1  # "a close friend of the star": a describing word, not "close to"
                continue
            if (
                w in _PLACE_AFTER_PERSON
                and p > a
                and tok[p - 1][:1].islower()
                and (_is_person_word(low[p - 1]) or self._a_person([low[p - 1]]))
            ):
                break  # "a farmer outside Dunford": the farmer, then where
            if w in _PREPS and not (
                w in ("of", "for")
                and tok[p - 1][0].isupper()
                and p < b
                and (
                    tok[p + 1][0].isupper()
                    # "the International Committee of the Red Cross": "the" inside a name
                    or (p + 2 <= b and self._of_the_in_body_name(tok, low, p, a))
                )
                # "Residents of Kelby": a capital only because the sentence starts there
                and not (
                    p - 1 == a
                    and low[a].endswith("s")
                    and self._sentence_initial(S, a)
                    and not self._capital_mid_sentence(tok[a] + " of ")
                )
            ):
                break
            if (
                (w.endswith("ed") or w in _IRREGULAR_PARTICIPLES)
                and tok[p][0].islower()
                and (
                    # "a letter sent", cut short before "to parents": the letter
                    (p == b and p > a + 1 and low[p - 1] in R.documents)
                    or p < b
                    and (
                        low[p + 1] in _PARTICIPLE_NEXT
                        or low[p + 1] == "to"
                        or low[p + 1] in _WEEKDAYS  # "a study published Wednesday"
                    )
                )
            ):
                break
            p += 1
        head = range(a, p)
        hb = p - 1
        head_low = " ".join(low[a:p])
        bare = head_low[4:] if head_low.startswith("the ") else head_low
        last = low[hb][:-2] if low[hb].endswith(("’s", "'s")) else low[hb]
        if last in _NOT_SPEAKERS:
            return None  # "Shares in Aldvik Air rose, suggesting ...": prices say nothing
        if (
            a == b
            and _firm_with_s(tok, low, a)
            and self._surname_full(_unpossessed(tok[a])) is None
            and _unpossessed(tok[a]) not in R.gender  # not "John's told me": "has"
        ):
            # "Macy's said", "Sainsbury's says": a firm named with 's, as written
            return _Speaker(
                tok[a],
                tok[a],
                S.ts[a],
                S.te[a],
                "institution",
                True,
                f"{tok[a]} is a firm named with 's, speaking as a body, so this is an institution",
                "",
                "org",
                None,
                low[a],
            )
        # the capitalised name at the end of the head ("Press Secretary Sarah Sanders", "University of Harwick")
        r0 = hb
        if _capital(tok[hb]):
            while (
                r0 - 1 >= a
                and (
                    _capital(tok[r0 - 1])
                    or tok[r0 - 1] == "."
                    or (
                        low[r0 - 1] in ("of", "for", "and", "&")
                        and r0 - 2 >= a
                        and tok[r0 - 2][0].isupper()
                        # not "The Mayor of Elmbridge": an office of a place, described (but
                        # "Secretary of State Anna Berg": a title with "of" in it)
                        and not (
                            low[r0 - 1] in ("of", "for")  # "The MP for Barrow"
                            and (
                                tuple(low[r0 - 3 : r0 - 1]) in R.titles
                                or (low[r0 - 2],) in R.titles
                            )
                            and tuple(low[r0 - 2 : r0 + 1]) not in R.titles
                        )
                    )
                    or (
                        # "the Office for the Coordination of Humanitarian Affairs"
                        r0 - 3 >= a
                        and low[r0 - 2] in ("of", "for")
                        and self._of_the_in_body_name(tok, low, r0 - 2, a)
                    )
                    or (
                        # "“...,” de Souza told AFP": a name that starts with its particle
                        r0 - 1 == a
                        and tok[r0 - 1] in _NAME_PARTICLES
                        and (tok[r0][0].isupper() or tok[r0] in _NAME_PARTICLES)
                    )
                    or (
                        # "Charles de Gaulle", "Anouk van der Berg", "La Voz de Tarrenca"
                        tok[r0 - 1] in _NAME_PARTICLES
                        and r0 - 2 >= a
                        and (tok[r0 - 2][0].isupper() or tok[r0 - 2] in _NAME_PARTICLES)
                    )
                )
            ):
                r0 -= 1
            while r0 <= hb and (
                low[r0] in _DETS
                or (low[r0] in _NAME_STOP and tok[r0][0].isupper())
                or (
                    r0 < hb
                    and low[r0] in R.outlet_nouns.keys
                    and self._sentence_initial(S, r0)
                    and low[hb] not in _SMALL_COUNTS  # "Channel Six": the number ends the name
                    and low[hb] not in _CHANNEL_NUMBERS
                )
                # "Resident Doreen Fitch", "Striker Callum Reyes": what the person is, then
                # a name of two words or more
                or (r0 < hb - 1 and low[r0] in _BEFORE_A_NAME and self._named_after_job(S, r0, hb))
            ):
                r0 += 1  # "Broadcaster TVD reported": the capital is the sentence's
        caps = [t for t in tok[r0 : hb + 1] if t != "."] if _capital(tok[hb]) and r0 <= hb else []
        if (
            caps
            and all(w.lower() in _WEEKDAYS or w.lower() in _MONTHS for w in caps)
            and not (len(caps) == 1 and self._surname_full(caps[0]))  # "May" after "Helen May"
        ):
            caps = []  # "a study published Wednesday": a day, not a name
        if caps and _ABBREVIATED_PLURAL.fullmatch(caps[-1]):
            caps = []  # "opposition MPs", "Labour MPs": people called by an abbreviation
        if (
            len(caps) == 1
            and r0 > a
            and low[r0 - 1] in _VAGUE_QUANT
            and not self._capital_mid_sentence(f"{tok[r0 - 1].capitalize()} {caps[0]}")
            and caps[-1].endswith("s")
            and not caps[-1].endswith("ss")
            and (
                len(caps) > 1
                or (self._surname_full(caps[0]) or "many").split()[0].lower() in _VAGUE_QUANT
            )
        ):
            caps = []  # "Many Republicans said": a count of a group, not a name
        caps_txt = " ".join(caps)
        if (
            caps
            and len(caps) == 1
            and self._sentence_initial(S, r0)
            and not self._known_name(_unpossessed(caps[0]))
            and not self._introduced_as_person(caps[0])
        ):
            w0 = caps[0].lower()
            if (
                caps[0] not in R.outlets
                and caps[0] not in R.places
                and not (caps[0].isupper() and len(caps[0]) > 1)
                and (
                    # (a plural the dictionary knows: not "Kovpress", "Harrods")
                    (w0.endswith("s") and not w0.endswith("ss"))  # (not "Kovpress")
                    or w0 in _MEN_PLURALS
                    or w0 in R.inst_words
                    or w0 in R.vague_subjects
                    or w0 in R.anon_heads
                    or w0 in R.documents
                    or w0 in R.title_words
                    or w0 in _CROWD_COUNTS  # "Plenty of teachers say"
                )
            ):
                caps, caps_txt = (
                    [],
                    "",
                )  # "Engineers warned": a capital only because the sentence starts there

        if (
            len(caps) == 1
            and r0 > a
            and low[r0 - 1] in _KIN
            and r0 >= 2
            and low[r0 - 2] in ("her", "his", "their", "my", "our")  # not "its partner Nvidia"
            and caps[0] not in R.places
            and caps[0] not in R.outlets
        ):
            # "Her son Declan said": the son, by his first name
            return _named_person(
                caps[0],
                mention,
                start,
                end,
                f"'{mention}' is a {low[r0 - 1]} called {caps[0]}",
                R.gender.get(caps[0]),
            )
        # a name after an unrelated noun: "an offer Trump described" -> Trump
        if caps and r0 > a:
            before = low[r0 - 1]
            if not (
                before in _DETS
                or self._title_ends_at(S, a, r0 - 1)
                or before in _PREPS
                or before.endswith(("’s", "'s"))
                or before in R.inst_words
                or R.outlet_nouns.search(before)
                or R.spokes.search(before)
            ):
                return self._classify(S, r0, b, marker_region, extra)

        def make(speaker, typ, named, reason, kind="person", note="", gender=None, head=""):
            return _Speaker(
                speaker, mention, start, end, typ, named, reason, note, kind, gender, head
            )

        def person(who: str, note: str, gender: str | None = None) -> _Speaker:
            """A named person speaking for themselves, with how the mention names them."""
            return make(
                who,
                "named_person",
                True,
                f"{who} is a named person speaking for themselves",
                note=note,
                gender=gender,
            )

        def body(name: str, note: str) -> _Speaker:
            """An organisation by its name, with how the mention names it."""
            return make(
                name,
                "institution",
                True,
                f"{name} is an organisation speaking as a body, so this is an institution",
                kind="org",
                head=last,
                note=note,
            )

        def same_as(sp: _Speaker, note: str) -> _Speaker:
            """This mention, standing for the speaker ``sp`` found before."""
            return make(
                sp.speaker,
                sp.source_type,
                sp.named,
                sp.type_reason,
                kind=sp.kind,
                gender=sp.gender,
                head=sp.head,
                note=note,
            )

        if (
            b - 2 > a
            and tok[b - 1] in R.gender
            and _capital(tok[b])
            and tok[b] not in R.org_endings
            and low[b] not in R.inst_words
            and {"of", "for"} & set(low[a : b - 1])
            and not any(
                w.endswith(("’s", "'s")) or w in R.verbs and w != "state" for w in low[a : b - 1]
            )
            # (the office itself before "of": not "The office of Prime Minister Elsa Mardin",
            # "A spokesman for Culture Minister Lotte Vance")
            and any(
                w in R.title_words or w in _HEADS_OF
                for w in low[a : next(x for x in range(a, b) if low[x] in ("of", "for"))]
            )
            and not R.spokes.search(" ".join(low[a : b - 1]))
        ):
            # "Medical officer of health Dr Priya Naidoo", "Minister of State for Manpower
            # Farid Hashim": a long office, then a known first name and a surname
            who = f"{tok[b - 1]} {tok[b]}"
            return person(
                who,
                f"the office '{S.span(a, b - 2)}' is left out of the name",
                R.gender.get(tok[b - 1]),
            )
        if hb > a and (
            tok[hb] == "Act" or (tok[hb - 1] == "Act" and len(tok[hb]) == 4 and tok[hb].isdigit())
        ):
            # "the Act says", "the Consumer Rights Act 2015 says": a law by its name (not
            # "the act", a band)
            return make(
                self._describe(S, a, b),
                "document",
                False,
                "'Act' with a capital names a law, a document, not a person",
                kind="doc",
                head="act",
            )
        if b == a + 1 and low[a] in _POSS_PRONOUNS and low[b] in _TEAM_WORDS:
            # "Ines Varga of the University of Aldercombe and her colleagues report": the
            # named researcher and the team she leads, one source
            m = _LEADER_AND.search(self.text, S.start, start)
            who = self._person(m[1].split())[0] if m and m.end() == start else None
            if who and " " in who and self._sex_of(who) in (None, _POSS_PRONOUNS[low[a]], "they"):
                return make(
                    f"{who} and {mention}",
                    "named_person",
                    True,
                    f"{who} and {mention} are named people speaking for themselves",
                    kind="group",
                    note=f"'{mention}' are the colleagues of {who}, named just before",
                )
        if low[a] == "the" and b == a + 1 and low[b] in _TEAM_OR_RESEARCHERS:
            # "the researchers write" after "Ines Varga and her colleagues report": the same
            # team
            found = next(
                (
                    c
                    for c in reversed(self.attrs)
                    if c.sp.kind == "group"
                    and c.sp.source_type == "named_person"
                    and _is_team(c.sp)
                ),
                None,
            )
            # with no other researchers brought in between ("Scientists not involved in
            # the work said", "researchers in Japan")
            if found is not None and not _OTHER_RESEARCHERS.search(self.low, found.ce, S.ts[a]):
                team = found.sp
                return same_as(team, f"'{mention}' is {team.speaker}, named before")
        if low[a] == "the" and b == a + 1 and low[b] in _KIN_PLURALS and not extra:
            # "the siblings said" after "Her son and daughter, Pavel and Dora Varga,": the
            # two people named together before
            pair = next(
                (
                    c.sp
                    for c in reversed(self.attrs)
                    if c.sp.kind == "group"
                    and c.sp.source_type == "named_person"
                    and " and " in (c.sp.speaker or "")
                ),
                None,
            )
            # the word they were introduced with, or one any two relatives fit ("Her
            # parents, ...": "the parents", "the couple"; not "the neighbours")
            if pair is not None and (
                low[b] in (pair.mention or "").lower().split()
                or low[b] in ("couple", "pair")
                or (
                    low[b] == "siblings"
                    and _KIN_SIBLINGS & set((pair.mention or "").lower().split())
                )
            ):
                return same_as(pair, f"'{mention}' is {pair.speaker}, named together before")
        # "a statement from the club": the club, through a statement
        if (
            hb < b
            and last in R.channel_of
            and last not in R.documents
            and low[hb + 1] in ("from", "by", "of")
            and hb + 2 <= b
        ):
            # "A readout of the call issued by the foreign ministry": the ministry (a "from"
            # phrase names the speaker itself: "A statement from the family released by")
            by = (
                next(
                    (x for x in range(hb + 3, b) if low[x] == "by" and low[x - 1].endswith("ed")),
                    None,
                )
                if low[hb + 1] == "of"
                else None
            )
            inner = self._classify(S, (by or hb + 1) + 1, b, marker_region, None)
            if inner is not None:
                inner.mention = mention
                inner.start = start
                inner.channel_hint = (R.channel_of[last], S.span(a, hb + 1))
                return inner
        # "The ministry's statement said": the ministry, through a statement
        owner = noun = None
        # (also with a time after it: "The university's press release at the time")
        for k in (hb - 1, hb - 2) if hb == b or low[hb + 1] in _PARTICIPLE_NEXT else ():
            words = " ".join(low[k + 1 : hb + 1])
            if (
                k > a
                and low[k].endswith(("’s", "'s"))
                and words in R.channel_of
                and (words not in R.documents or words in _SENT_TEXTS)
            ):
                # "the ministry's" + "statement", "press release"; "Mrs Redfern's letter",
                # "the agency's bulletin" (a report or a filing stays a document)
                owner, noun = k, words
                break
        if owner is None and hb > a and last in R.channel_of and last not in R.documents:
            if low[a] in _POSS_PRONOUNS and hb == a + 1:
                owner, noun = a, last  # "his statement read": whoever "his" points to
            elif (
                low[hb - 1] in R.inst_words
                and hb - 1 > a
                and low[a] in ("a", "an", "the")
                and not (hb - 2 > a and tok[hb - 2][:1].isupper())  # "the Harbour Board statement"
            ):
                owner, noun = hb - 1, last  # "a government statement": the government
        named_owner = False
        if owner is None and hb > a + 1 and low[a] in ("a", "an", "the") and tok[hb].islower():
            # "an SMRCL press release", "a Tesco statement": the body named before the noun
            two = " ".join(low[hb - 1 : hb + 1])
            noun = two if two in R.channel_of and two not in R.documents else last
            k = hb - len(noun.split())
            if (
                noun in R.channel_of
                and noun not in R.documents
                and k > a
                and all(
                    tok[x][:1].isupper() and not low[x].endswith(("’s", "'s"))
                    for x in range(a + 1, k + (low[k] not in R.inst_words or k == a + 1))
                )
                and self._body_before_noun(tok[a + 1 : k + 1])
            ):
                owner, named_owner = k, True
        if owner is not None:
            if low[owner] in _POSS_PRONOUNS:
                inner = self._pronoun_speaker(S, owner, _POSS_PRONOUNS[low[owner]])
            elif named_owner:  # ("the Harbour Board statement": "the" goes with the name)
                inner = self._classify(S, a + (low[a] != "the"), owner, marker_region, None)
                if (
                    inner is not None
                    and inner.source_type == "named_person"
                    and inner.speaker.split()[0] not in R.gender
                ):
                    # "A Virgin Atlantic statement": a name no person has, speaking in a
                    # statement, is a body
                    inner = replace(
                        inner,
                        source_type="institution",
                        kind="org",
                        type_reason=f"{inner.speaker} speaks through a statement and is named "
                        "with no first name a person has, so it is taken as an organisation",
                    )
            elif owner == hb - 1 and low[owner] in R.inst_words:
                inner = self._classify(S, owner, owner, marker_region, None)
            else:
                inner = self._classify(S, a, owner, marker_region, None)
            if inner is not None and inner.source_type in (
                "institution",
                "named_person",
                "spokesperson",
                "anonymous",
            ):
                if inner.speaker and inner.speaker.endswith(("’s", "'s")):
                    inner.speaker = inner.speaker[:-2]
                inner = replace(inner, mention=mention, start=start)
                inner.channel_hint = (R.channel_of[noun], S.span(a, hb))
                return inner
        # "the statement", "the official": the source named just before
        name_beside = extra_txt.removeprefix("the ").removeprefix("The ")[:1].isupper()
        owner_named = hb + 2 <= b and low[hb + 1] in ("of", "for") and tok[hb + 2][0].isupper()
        # "the press release", "the blog post": a text's name of two words
        text_name = head_low[4:] if len(head) == 3 and head_low[4:] in R.channel_of else None
        if (
            head_low.startswith("the ")
            # "the firm", "the Esterburg-based firm"
            and (len(head) == 2 or len(head) == 3 and low[a + 1].endswith("-based") or text_name)
            and not caps
            and not name_beside
            and not owner_named  # "The office of Prime Minister Elsa Mardin": hers, not another
        ):
            # ("The statement, released on Tuesday, said", not "..., issued by the union,")
            own_source = extra_txt and _SOURCE_BESIDE.search(extra_txt)
            ref = self._definite_reference(text_name or last, None if own_source else S.idx)
            if ref is not None:
                note = (
                    f"'{mention}' is the {text_name or last} of {ref.sp.speaker or ''} "
                    "mentioned just before"
                )
            else:
                ref = self._named_body(last, S.start)
                note = f"'{mention}' is {ref.sp.speaker or ''}, named just before" if ref else ""
            if (
                ref is not None
                and ref.sp.source_type in ("named_person", "spokesperson")
                and last == "release"
            ):
                # "In a news release from Corwin State, senior author X called ... The
                # release said": the body's release, not X's (but a letter or a statement
                # from a body keeps the one who signed it)
                body = self._issued_by(text_name or last, S.idx, from_only=True)
                if body is not None and body.source_type == "institution":
                    ref = None
            issuer = (
                self._issued_by(text_name or last, S.idx)
                if ref is None
                and not own_source
                and (text_name or last) in R.channel_of
                # (not a study or a report: a research text "published" by a team is a
                # document of its own)
                and (text_name or last) not in _RESEARCH_TEXTS
                else None
            )
            if issuer is not None:
                # "Nordhavn Bank issued a statement on Monday. The statement said ...": the
                # text is how the one who issued it speaks
                found = same_as(
                    issuer, f"'{mention}' is the {text_name or last} {issuer.speaker} issued"
                )
                found.channel_hint = (R.channel_of[text_name or last], S.span(a, hb))
                return found
            if ref is not None:
                found = same_as(ref.sp, note)
                if (text_name or last) in R.channel_of and ref.ch_explicit:
                    # "The bulletin said": the channel of the bulletin the body spoke through
                    found.channel_hint = (ref.channel, S.span(a, hb))
                return found
            name = self._name_ending_in(last, S.start) or (
                self._business_named_near(S, a)
                if last in _BUSINESS
                # "the Tadbury-based brewer": a firm by its home and its trade
                or len(head) == 3
                and last in _TRADES
                else None
            )
            if name:
                # "Brackenford Zoo ... The zoo dismissed the report": the zoo the article named
                return body(name, f"'{mention}' is {name}, named earlier in the article")
        # "A later post said", "a second statement added": the next of the same kind, from
        # whoever spoke that way last
        if (
            len(head) == 3
            # not "A later post, on his agent's account, said" (another owner)
            and not (extra_txt and ("’s" in extra_txt or "'s" in extra_txt))
            and low[a] in ("a", "an", "another", "the")
            and low[a + 1] in _NEXT_OF_KIND
            and last in R.channel_of
            and last not in R.documents
            and not caps
        ):
            ref = self._definite_reference(last)
            if ref is not None:
                note = (
                    f"'{mention}' is another {last} of {ref.sp.speaker or ''}, quoted just before"
                )
                return same_as(ref.sp, note)
        # a description with the name beside it: "The chief executive, Paul Grant, told"
        named_beside = extra_txt[4:] if extra_txt[:4] in ("the ", "The ") else extra_txt
        # "the seismologist Elena Morvi": a job in lower case before the name
        # (or with no "the": "Its chair, retired geography teacher Moira Penhale,")
        age = _AGE_BEFORE_NAME.match(named_beside)
        if age:
            named_beside = named_beside[age.end() :]  # "Its editor, 17-year-old Priya Lakhani,"
        lead = (
            _JOB_BEFORE_NAME.match(named_beside)
            if named_beside[:1].islower()
            # "the German group Hallberg Automotive", "Chiefs coach Leon Harawira": a
            # nationality or a team, then the job, then the name
            else _CAPITAL_THEN_JOB.match(named_beside)
        )
        if lead:
            jobs = [w for w in lead.group().split() if w[:1].islower()]
            if (
                _NAME_PARTICLES.isdisjoint(jobs)
                and (  # (not "Amélie de la Tour")
                    self._job_words(jobs) or jobs[-1:] and jobs[-1] in R.inst_words
                )
            ):
                named_beside = named_beside[lead.end() :]
        # "A local priest, the Rev. Alan Shore,", "A neighbour, Dr. Ada Lee,": a title written
        # short, with its full stop, before the name
        short = _SHORT_TITLE.match(named_beside)
        if short and (short[1].lower(),) in R.titles:
            named_beside = named_beside[short.end() :]
        # "A spokesman for the office, Per Lund, said": still a spokesperson (see below)
        phrase_low = " ".join(low[a : b + 1])
        # "The area's MP, Oliver Strachan": a title in capitals is still only a description
        # ("Westerby's MP, Carol Penhaligon": a place's possessive before the title too)
        only_title = (
            bool(caps)
            and caps[-1].lower() in R.title_words
            and all(
                w.lower() in R.title_words
                or w.endswith(("’s", "'s"))
                # "FLC President, Comrade Ikechukwu Amadi,", "Union Chairman, Ade Bello,":
                # the body's initials or its word before the title
                or (len(caps) == 2 and (w.isupper() and len(w) > 1 or w.lower() in R.inst_words))
                for w in caps
            )
        )
        # "The Mayor of Elmbridge", "the Chief Constable of Lowshire": an office and the
        # place it serves (the place is no name of the speaker's)
        office_of = (
            bool(caps)
            and r0 >= a + 2
            and low[r0 - 1] in ("of", "for")
            and ((low[r0 - 2],) in R.titles or tuple(low[max(a, r0 - 3) : r0 - 1]) in R.titles)
        )
        only_title = only_title or office_of
        if office_of and not named_beside[:1].isupper():
            # "Mayor of Harwick Sue Cole said": the office, its place, then the name
            if len(caps) >= 3 and (
                caps[-2] in R.gender or " ".join(caps[:-2]) in R.places or _unknown_word(caps[-2])
            ):
                who, _ = self._person(caps[-2:])
                if who:
                    return person(who, f"the office before '{who}' is left out of the name")
            who = self._role_person(S, a, r0 - 2)
            if who:
                return person(
                    who,
                    f"'{mention}' is {who}, introduced earlier with that title",
                    self.gender.get(who),
                )
            # "The Chief Constable of Lowshire Police said": someone in an office, unnamed
            return make(
                self._describe(S, a, b),
                "anonymous",
                False,
                f"the source is described ('{mention}') but not named, so it is anonymous",
                head=low[r0 - 2],
            )
        couple = _COUPLE.fullmatch(named_beside) if not caps and " and " in named_beside else None
        if (
            couple
            and (low[hb] in _KIN_PLURALS or low[hb] in _KIN and "and" in low[a:hb])
            and all(self._could_be_name([w]) for w in couple.groups())
            # first names ("Joanne and Mark Ferris"), not a firm ("Marston and Grant Inns")
            and any(w in R.gender for w in couple.groups()[:2])
            and couple.group(3) not in R.org_endings
        ):
            # "Her parents, Joanne and Mark Ferris, said", "His son and daughter, Pavel and
            # Dora Varga,": two people of one family, named together as one source
            who = couple.group()
            return make(
                who,
                "named_person",
                True,
                f"{who} are named people speaking for themselves",
                kind="group",  # "they" later points back to them
                note=f"'{mention}' is named right beside it as {who}",
            )
        if (
            (not caps or only_title)
            and named_beside[:1].isupper()
            and R.spokes.search(phrase_low) is None
        ):
            m = _NAME_RUN.match(named_beside)
            # the name may carry its workplace: "the lead author, Dr Ingrid Holt of the University of X,"
            # ("Halvorsen Retail Co.": the full stop of a company's ending is the name's)
            rest = named_beside.rstrip()
            if m and rest.endswith(".") and rest[:-1].split()[-1] + "." in R.org_endings:
                rest = rest[:-1]
            if m and (
                m.end() == len(rest)
                or _AFFILIATION.match(named_beside, m.end())
                # "The head of the union, Tom Price, who led the strike, said"
                or named_beside.startswith((", who ", ", whose "), m.end())
            ):
                name = m.group()
                name = name[4:] if name.startswith("The ") else name
                if R.outlet_nouns.search(bare) or self._outlet(name, ""):
                    speaker = self._canonical_institution(name)
                    return make(
                        speaker,
                        "news_agency",
                        True,
                        f"{speaker} is a news organisation, so the information comes from another newsroom",
                        kind="org",
                        note=f"'{mention}' is named right beside it as {speaker}",
                    )
                # "the council, ...", "Their label, Kitewire Records,": a body by its name
                # (or one the article shows is a body: "Her sponsor, Stryde, said it")
                if (
                    last in R.inst_words
                    or (
                        name.split()[-1] in R.org_endings
                        # "Their label, ...", "The club's owners, Vantor Group,"
                        and (
                            last in R.apposition_nouns
                            or last in _ORG_ROLES
                            or last[-1:] == "s"
                            and last[:-1] in _ORG_ROLES
                        )
                    )
                    or (last not in R.documents and self.learned().get(name) == "institution")
                    # "Its liquidators, Fenwick Moss,": one name for a plural business role is
                    # a firm's (not "Its owners, Jo Reed and ...": a person's first name)
                    or (
                        last in _FIRM_PLURAL_ROLES
                        and " " in name
                        and name.split()[0] not in R.gender
                        and name.split()[0].lower().rstrip(".") not in R.title_words
                    )
                    # "her wholesaler, Castell Cash & Carry,": no person's name joins words with "&"
                    or (
                        "&" in name.split()[1:-1]
                        and not any(w in R.gender or w in ("Mr", "Mrs") for w in name.split())
                        # (not "The presenting duo, Ant & Dec,", "Their parents, Alex & ...")
                        and (
                            last in _ORG_ROLES
                            or last in R.apposition_nouns
                            or last in R.inst_words
                            or last in _FIRM_PLURAL_ROLES
                            or last in _FIRMS_OF_PROFESSIONALS
                        )
                    )
                ):
                    speaker = self._canonical_institution(name)
                    return make(
                        speaker,
                        "institution",
                        True,
                        f"{speaker} is an organisation speaking as a body, so this is an institution",
                        kind="org",
                        note=f"'{mention}' is named right beside it as {speaker}",
                    )
                if (
                    " " not in name
                    and name[:1].isupper()
                    and self._could_be_name([name])
                    # "Her son, Declan,", "Dr Fairclough's husband, Martin,"
                    and (
                        low[a] in _POSS_PRONOUNS
                        or any(w.endswith(("’s", "'s")) for w in low[a : hb + 1])
                        # "A nurse, Grace, told me", "a Grade 10 student, Farah,": someone
                        # described, then given by a first name
                        or (
                            low[a] in ("a", "an")
                            and (_is_person_word(last) or last in R.title_words)
                            and (name in R.gender or _unknown_word(name))
                        )
                    )
                ):
                    family = (
                        self._pronoun_speaker(S, a, _POSS_PRONOUNS[low[a]])
                        if low[a] in ("her", "his") and last in _FAMILY_NAME_KIN and hb == a + 1
                        else None
                    )
                    if (
                        family is not None
                        and family.source_type == "named_person"
                        and " " in (family.speaker or "")
                        # the family of the one the story is about, not of an official
                        # quoted just before ("Detective Inspector Sarah Hughes said ... Her
                        # husband, Mark,": not Mark Hughes)
                        and not (
                            any(d.sp.speaker == family.speaker for d in self.attrs)
                            and self._introduced_with_a_job(family.speaker)
                        )
                    ):
                        # "Nora Cusack ... Her daughter, Siobhán, said": Siobhán Cusack, so that
                        # a later "Ms Cusack" is the one who spoke
                        surname = family.speaker.split()[-1]
                        full = f"{name} {surname}"
                        at = S.text.find(name)
                        if self._surname_full(surname) and at >= 0:
                            # (a mention of the surname's new owner, for "Ms Cusack" after it)
                            mentions = self._surname_mentions.setdefault(surname, [])
                            mentions.append((S.start + at, full))
                            mentions.sort()
                            self._kin_named.add(full)
                        return person(
                            full,
                            f"'{mention}' is named right beside it as {name}, of "
                            f"{family.speaker}'s family",
                        )
                    return person(name, f"'{mention}' is named right beside it as {name}")
                who, note = self._person(m.group().split())
                if who and " " in who:
                    return person(
                        who, f"'{mention}' is named right beside it as {who}", self.gender.get(who)
                    )
                titled = m.group().split()
                if who and len(titled) == 2 and titled[0].lower() in R.title_words:
                    # "Its chair, Lord Farnham, said": a title and a surname
                    return person(m.group(), f"'{mention}' is named right beside it as {m.group()}")
                words = name.split()
                if (
                    who is None
                    and 2 <= len(words) <= 3
                    and last not in _ORG_ROLES
                    and last in R.title_words
                    and words[-1] not in R.org_endings
                    and words[-1].lower() in R.inst_words
                    and self._could_be_name(words[:-1])
                ):
                    # "The roads department's director, Markus Brand,": a person's job beside
                    # a name whose surname is also a body's word
                    return person(name, f"'{mention}' is named right beside it as {name}")
        # "the statement said" with nothing before it: the statement itself is the source
        if last in R.channel_of and last not in R.documents and not caps:
            ch = R.channel_of[last]
            if ch == "social_media":
                post = make(
                    self._describe(S, a, b),
                    "anonymous",
                    False,
                    f"'{mention}' is a post whose author is not named, so it is anonymous",
                    kind="doc",
                    head=last,
                )
                post.channel_hint = ("social_media", S.span(a, hb))
                return post
            if ch == "statement":
                return make(
                    self._describe(S, a, b),
                    "document",
                    False,
                    f"'{tok[hb]}' is a written text, not a person",
                    kind="doc",
                    head=last,
                )
        # news outlets ("The Daily Flare, a tabloid, reported": the words beside the name say so)
        the_name = caps_txt and r0 > a and low[r0 - 1] == "the"
        outlet = self._outlet("the " + caps_txt if the_name else caps_txt, bare)
        if (
            outlet == "named"
            and r0 > a
            and low[r0 - 1] in R.inst_words
            and not R.outlet_nouns.search(bare)  # "the state news agency ORA" is an outlet
        ):
            outlet = None  # "the anti-corruption group Clear Ledger": a group by its kind
        # "A Marlow Post investigation found": the newsroom's own investigation
        if not outlet and not caps and last in _INVESTIGATIONS | {"analysis"} and hb > a + 1:
            x = hb - 1
            while x > a and tok[x][0].isupper():
                x -= 1
            name = " ".join(tok[x + 1 : hb])
            if name and x + 1 < hb and self._outlet(name, ""):
                return make(
                    name,
                    "news_agency",
                    True,
                    f"{name} is a news organisation, so the information comes from another newsroom",
                    kind="org",
                    note=f"'{mention}' is an investigation by {name}",
                )
        if not outlet and caps and extra_txt and self._describes_outlet(extra_txt.lower()):
            outlet = "named"
        if outlet:
            named = outlet != "generic"
            speaker = caps_txt if caps_txt and named else self._describe(S, a, b)
            if (
                named
                and speaker not in R.outlets
                and not speaker.startswith("the ")
                and self._the_before(speaker, whole_word=False)
            ):
                speaker = "the " + speaker
            return make(
                speaker,
                "news_agency",
                named,
                f"{speaker} is a news organisation, so the information comes from another newsroom",
                kind="org",
            )
        # spokespeople
        ms = R.spokes.search(phrase_low + " " + extra_txt.lower())
        if (
            ms is None
            and last in _REP_WORDS
            and hb > a
            and low[hb - 1].endswith(("’s", "'s"))
            # a person's: one the article names, or a word for a person ("the singer's"),
            # not "the state's" or "Ohio's" (elected representatives)
            and (
                self._surname_full(_unpossessed(tok[hb - 1])) is not None
                or _unpossessed(low[hb - 1]) in _BEFORE_A_NAME
            )
        ):
            ms = (0, 0, last)  # "Brannigan's rep said": someone who speaks for Brannigan
        if ms:
            who, note = (None, "")
            if caps and any(t[0].isupper() for t in caps):
                who, note = self._person(caps)
            if who is None and extra_txt:
                m = _NAME_RUN.search(extra_txt)
                if m:
                    who, note = self._person(m.group().split())
            if who is None and head_low.startswith("the "):
                who = self._resolve_role(ms[2], "")
                if who:
                    note = f"'{mention}' is {who}, introduced earlier with that title"
            return make(
                who or self._describe(S, a, b),
                "spokesperson",
                who is not None,
                f"'{ms[2]}' is someone whose job is to speak for others, so this is a spokesperson",
                note=note,
                gender=self.gender.get(who) if who else None,
                head=ms[2],
            )
        # unnamed on purpose: "who asked not to be named"
        # (only an article with such words can give any: looked at first, the cheap test)
        if "anon" in self.hits and not self._is_person_name(caps) and marker_region:
            mk = [
                m
                for m in self._hits_between("anon", marker_region[0], marker_region[1])
                if m[1] <= marker_region[1] and not self.quote_role(m[0])
            ]
            if mk and last not in R.documents:
                return make(
                    self._describe(S, a, b),
                    "anonymous",
                    False,
                    f"the source is described but not named ('{mk[0][2]}'), so it is anonymous",
                    kind=_kind_of_head(last),
                    head=last,
                )
        # "the market research firm Pellam Data": the noun before the name says it is a body
        # (but "Denver police Chief Ron Thomas": a title and a name come after it)
        if (
            caps
            and r0 > a
            and (low[r0 - 1] in R.apposition_nouns or low[r0 - 1] in R.inst_words)
            and low[r0 - 1] not in R.documents
            # (a business role can be a person's: "the developer Jane Marsh", not "the
            # developer Marsh Homes")
            and not (
                low[r0 - 1] in _PERSON_OR_FIRM
                and len(caps) in (2, 3)
                and caps[0] in R.gender
                and caps[-1] not in R.org_endings
                and not self._its_after(S, hb)
                and not self.low.startswith(", which", S.te[hb])
            )
            and not (
                len(caps) >= 3
                and low[r0 - 1]
                not in R.apposition_nouns  # "the construction firm Sir Robert McAlpine"
                and caps[0].lower() in R.title_words
                and self._could_be_name(caps[-2:])
            )
        ):
            return make(
                caps_txt,
                "institution",
                True,
                f"'{tok[r0 - 1]}' before the name says {caps_txt} is an organisation, "
                "so this is an institution",
                kind="org",
                head=low[r0 - 1],
            )
        # "The researchers found", "the study's authors warn": the people who wrote a study
        # the article has already named speak through it, so the source is the text
        if (
            not caps
            and last in ("researchers", "authors")
            and hb > a
            and (low[a] == "the" or low[a] in _POSS_PRONOUNS or low[hb - 1].endswith(("’s", "'s")))
            and (hb == a + 1 or low[hb - 1][:-2] in R.documents or low[a] in _POSS_PRONOUNS)
            and self._text_named_before(S.te[hb])
        ):
            return make(
                self._describe(S, a, b),
                "document",
                False,
                f"'{mention}' wrote the study the article describes, so they speak through it: "
                "the source is a document",
                kind="doc",
                head=last,
            )
        # documents ("senior party figures" are people, not numbers)
        people_figures = (
            last == "figures"
            and (
                not _PEOPLE_FIGURES.isdisjoint(low[a:hb])
                # "Industry figures have long argued": people when the verb is one only people
                # use (not "Industry figures show sales fell": numbers)
                or (
                    not _SOMETIMES_PEOPLE_FIGURES.isdisjoint(low[a:hb])
                    and not _PERSON_ONLY_VERBS.isdisjoint(low[hb + 1 : hb + 4])
                    and not any(w.endswith("ed") for w in low[hb + 1 : hb + 2])
                )
            )
        )
        # "The Institute for Fiscal Studies said": a body whose name ends in a text's word
        body_named = (
            (len(caps) > 1 and caps[-1] == "Studies" and any(w in R.org_endings for w in caps[:-1]))
            or (
                # "Trading Standards said", "the Office for Consumer Standards": a body by its
                # name, not a set of standards (also "trading standards" in lower case)
                len(caps) > 1 and caps[-1] == "Standards"
            )
            or (hb > a and last == "standards" and low[hb - 1] == "trading")
            # "the Bureau of National Statistics", "the Office for Road Data": a body, then
            # "of" or "for" and the records it keeps (not "the Department of Education
            # Report": a text)
            or (
                len(caps) > 2
                and caps[1] in ("of", "for")
                and caps[-1] in _KEPT_RECORDS
                # (not "the Bureau of Meteorology Records show": records, a text)
                and (low[b + 1] if b + 1 < len(low) else "") not in _RECORDS_SHOW
                and (caps[0].lower() in R.inst_words or caps[0] in R.org_endings)
            )
            or (
                # "Orbit Records said": a record label, in a sentence written in plain case (not a
                # headline's "Payroll Records Show ...")
                len(caps) > 1
                and caps[-1] == "Records"
                and S.part != "headline"
                and low[a] not in _DETS
                and caps[0].lower() not in R.inst_words
                and caps[0] not in R.org_endings
                and (low[b + 1] if b + 1 < len(low) else "") not in _RECORDS_SHOW
            )
        )
        if (
            not people_figures
            and not body_named
            and (last in R.documents or (hb > a and f"{low[hb - 1]} {last}" in R.documents))
        ):
            return make(
                self._describe(S, a, b),
                "document",
                False,
                f"'{tok[hb]}' is a document, not a person",
                kind="doc",
                head=last,
            )
        # a few people named by letters ("A GP said", "a QC") or a share of the police
        # ("Some police say"): people, not a body
        if (
            tok[hb] in _PERSON_LETTERS and low[a] in ("a", "an", "another", "one") and not extra
        ) or (last == "police" and hb > a and low[a] in _VAGUE_QUANT):
            vague = last == "police"
            return make(
                self._describe(S, a, b),
                "vague" if vague else "anonymous",
                False,
                f"'{mention}' names nobody in particular, so the source is vague"
                if vague
                else f"the source is described ('{mention}') but not named, so it is anonymous",
                kind="group" if vague else "person",
                head=last,
            )
        # institutions
        inst = self._institution(S, a, hb, caps_txt, bare, last)
        if inst:
            speaker = self._canonical_institution(
                inst if inst is not True else self._describe(S, a, b)
            )
            named = bool(caps) and not all(w.lower() in R.inst_words for w in caps)
            return make(
                speaker,
                "institution",
                named,
                f"{speaker} is an organisation speaking as a body, so this is an institution",
                kind="org",
                head=last,
            )
        # "People close to the player said": the description makes them specific, not a crowd
        close_to = (
            not caps
            and b > a
            and (
                " ".join(low[a : a + 2]) in R.anon_heads
                or " ".join(low[a : a + 3]) in R.anon_heads  # "people with knowledge of"
                # "lawyers for three of the officers", "aides to the minister": people who
                # work for someone the article names, not a crowd
                or (hb == a < b and low[a] in _WORKING_FOR and low[a + 1] in ("for", "to", "of"))
            )
        )
        # "Doctors say", "Witnesses said", "Senior doctors say": a whole profession or
        # crowd, nobody in particular
        # the crowd after "of" ("Plenty of people on the estate say")
        crowd = low[min(b, a + 2 + (low[a + 2] in _DETS))] if b >= a + 2 else ""
        many_of = (
            hb == a < b - 1
            and low[a] in _CROWD_COUNTS
            and low[a + 1] == "of"
            # the crowd after "of", or the last word
            and (low[b][-1] == "s" or crowd[-1:] == "s" or crowd in ("people", "police", "staff"))
            # ("plenty of my colleagues": still anyone of them)
            and (low[a + 2] not in _DETS or low[a] == "plenty")
            and not low[a + 2].endswith(("’s", "'s"))
        )  # "Hundreds of commenters accused": too many to be anyone in particular
        # "a handful of traders", "a number of parents": a share of a crowd, uncounted;
        # "Those who were on board say": whoever they are
        many_of = (
            many_of
            or (
                hb == a + 1
                and b > a + 2
                and low[a] == "a"
                and low[a + 1] in _SHARE_OF
                and low[a + 1] not in ("couple", "group")
                and low[a + 2] == "of"
                and low[b].endswith("s")
                and low[a + 3] not in _DETS
                and not low[a + 3].endswith(("’s", "'s"))
            )
            or (low[a] == "those" and b > a and low[a + 1] == "who")
        )
        staff = None if close_to or many_of or caps else self._staff_of_body(S, a, hb, b)
        if staff is not None:
            return staff
        nxt = a + 2 + (a + 2 <= b and low[a + 2] == "the")
        if (
            tok[a] == "Friends"
            and a + 1 <= b
            and low[a + 1] == "of"
            and nxt <= b
            and tok[nxt][:1].isupper()
            and tok[nxt] not in R.gender  # not "Friends of Tom Hale", people
        ):
            # "Friends of the Earth", "Friends of Harwick Park": a group's name (but
            # "Friends of the victim" are people)
            name = S.span(a, b)
            return make(
                name,
                "institution",
                True,
                f"{name} is the name of a group speaking as a body, so this is an institution",
                kind="org",
                head="friends",
            )
        if many_of or (
            not close_to
            and not caps
            and not _AFFILIATION.search(mention)  # "Kitchen staff at the Harbour Hotel"
            and last in R.crowd_plurals
            # "insiders claim" alone: people inside the body the story is about, like
            # "sources" (but "industry insiders" are a kind of people)
            and not (hb == a and last in _INSIDE_HEADS)
            and all(
                (tok[x][0].islower() or x == a and self._sentence_initial(S, a))
                and low[x] not in _DETS
                and low[x] not in _QUANT
                and not low[x].endswith(("’s", "'s"))
                for x in range(a, hb)
            )
        ):
            return self._with_crowd_before(
                S,
                a,
                make(
                    self._describe(S, a, b),
                    "vague",
                    False,
                    f"'{mention}' are not named or counted, so the reader cannot tell who they "
                    "are: the source is vague",
                    kind="group",
                    head=last,
                ),
            )
        # vague groups
        if not close_to and self._is_vague(S, a, hb, head_low, last, caps):
            return self._with_crowd_before(
                S,
                a,
                make(
                    self._describe(S, a, b),
                    "vague",
                    False,
                    f"'{mention}' names nobody in particular, so the source is vague",
                    kind="group",
                    head=last,
                ),
            )
        # "Two of those people said", "Three of the officers said": counted, so specific
        counted_of = (
            hb == a < b - 1
            and (low[a] in _QUANT or low[a].isdigit())
            and low[a] not in _CROWD_COUNTS
            and low[a + 1] == "of"
            and (low[a + 2] in _DETS or low[a + 2] == "them" or low[a + 2].endswith(("’s", "'s")))
            and (low[b][-1] == "s" or low[b] in _MEN_PLURALS or low[b] in ("them", "people"))
            and low[b] not in R.documents
            and low[b] not in R.inst_words
        )
        # unnamed but specific people
        if not caps and (
            counted_of
            or close_to
            or last in R.anon_heads
            or " ".join(low[hb : hb + 2]) in R.anon_heads
            or (low[a] in _QUANT and "people" in head_low)
        ):
            return make(
                self._describe(S, a, b),
                "anonymous",
                False,
                f"the source is described ('{mention}') but not named, so it is anonymous",
                kind=_kind_of_head(last),
                head=last,
            )
        # a role: "the president", "the US president", "Kestrel Bay's mayor", "mayor" in a headline
        if (not caps or tok[hb].lower() in R.title_words or office_of) and (
            low[a] not in ("a", "an", "another", "one") or self._is_lede(S)
        ):  # "An activist at the rally said" after "Activist Jo Bell": someone else (but a
            # lede's "a prosecutor told the court" is the prosecutor named below)
            who = self._role_person(S, a, r0 - 2 if office_of else hb)
            if who:
                return person(
                    who,
                    f"'{mention}' is {who}, introduced earlier with that title",
                    self.gender.get(who),
                )

        # a named person; a single name the article never gives a first name for is an organisation
        if caps:
            peer = None
            if "of" in caps:
                title, _qual, rest = self._split_title(caps[: caps.index("of")])
                if title and len(rest) == 1 and title[-1] in _PEERS:
                    peer = " ".join(caps)  # a peer goes by title, name and seat
                if (
                    (title and len(rest) >= 2)
                    or (title and len(rest) == 1 and title[-1] in _PEERS)
                    or _person_of(caps, R.gender, R.org_endings)
                ):
                    # "Inspector Ravi Sandhu of Ledwick Police"; a peer's seat: "Lord
                    # Pemberton of Carrow"
                    caps = caps[: caps.index("of")]
            who, note = self._person(caps if r0 == a else [*tok[a:r0], *caps], at=S.ts[a])
            if who and peer:
                who, note = peer, ""
            titled = bool(
                self._split_title([t for t in caps if t != "."])[0]
            ) or self._title_ends_at(S, a, r0 - 1)
            full = (
                self._first_name_full(who)
                if who and " " not in who and not titled and r0 == a
                else None
            )
            if full:
                # "Lotte Haugen runs the shop. Lotte said ...": her first name alone
                return person(
                    full,
                    f"'{who}' is the first name of {full}, named earlier",
                    self.gender.get(full),
                )
            if (
                who
                and " " not in who
                and not titled
                and (r0 == a or (r0 == a + 1 and low[a] == "the"))  # people are not "the X"
                # ("Redhawk, a midsize miner, ... Redhawk says its plan": "its" shows a body)
                and (not self._introduced_as_person(who) or self._its_after(S, b))
                # "Mary said": a first name alone (not "Sofia said": a capital's government)
                and not (r0 == a and who in R.gender and who not in R.places)
                # "Cole (R-Ohio) said": a party and a state are a politician's
                and not re.search(re.escape(who) + r"\s*(?:\(|,\s*)[DRI]-[A-Z]", self.text)
            ):
                if (
                    r0 == a
                    and a == 0
                    and (who.lower() in _PERSON_NOUNS or who.lower() in _HEADLINE_PEOPLE)
                    and self.text.count(who) == 1
                ):
                    # "Neighbour says TV pundit's dig left her home cracked": a headline's
                    # person, with the capital only because the sentence starts there
                    return make(
                        who.lower(),
                        "anonymous",
                        False,
                        f"the source is described ('{mention}') but not named, so it is anonymous",
                        kind="person",
                        head=who.lower(),
                    )
                speaker = self._canonical_institution(who)
                return make(
                    speaker,
                    "institution",
                    True,
                    f"{speaker} is named without a first name anywhere in the article, so it is taken as an organisation",
                    kind="org",
                    head=who.lower(),
                )
            if (
                who
                and not titled
                and len(who.split()) == 2
                and _INITIALS.fullmatch(who.split()[0])
                and self._initials_a_firm(who)
            ):
                # "J.M. Smucker said it would cut jobs": initials and a surname, then "it"
                return make(
                    who,
                    "institution",
                    True,
                    f"{who} is named with initials and no first name, and the article calls "
                    "it 'it', so it is taken as an organisation",
                    kind="org",
                    head=who.lower(),
                )
            body_the = (
                # "the Larkmoor Playhouse": two words after "the" that are no known first name
                # or title ("The Bishop Alun Price", "The Briton Tessa Fane" are people)
                r0 == a + 1
                and low[a] == "the"
                and (
                    len(caps) == 2
                    # "the Valmérac Wine Growers": a group named for what its people do
                    or low[hb] in _MEN_PLURALS
                    or low[hb].endswith("s")
                    and not low[hb].endswith("ss")
                    and self._a_person([low[hb][:-1]])
                )
                and not titled
                and not any(w in R.gender or w.lower() in R.title_words for w in caps)
            )
            if (
                who
                and r0 == a + 1
                and low[a] == "the"
                and len(caps) == 1
                and _kind_of_head(low[r0]) == "group"
                and not titled
                and who.split()[0] not in R.gender  # "The Evans" after "Ann Evans": a family
            ):
                # "The Kestrels said" after "Harbourside Kestrels": a team or a band by a
                # plural name with "the", never a person
                speaker = self._canonical_institution(who)
                return make(
                    speaker,
                    "institution",
                    True,
                    f"'{mention}' is a plural name with 'the', so {speaker} is an organisation speaking as a body",
                    kind="org",
                    note=note,
                    head=low[r0],
                )
            if (
                who
                and not body_the
                and S.part == "headline"
                and r0 == a
                and re.search(r"\b(?:[Aa]n?|[Oo]ne) " + re.escape(who.lower()) + r"\b", self.text)
            ):
                # "...; Crew Member Says Warnings Were Ignored" with "A crew member who was on
                # set said" below: a headline's capitals on a description, not a name
                desc = f"a {who.lower()}"
                return make(
                    desc,
                    "anonymous",
                    False,
                    f"'{mention}' has capitals only because the headline gives every word one; "
                    f"the article calls this person '{desc}', a description and not a name, "
                    "so it is anonymous",
                    head=who.lower().split()[-1],
                )
            if (
                who
                and not body_the
                and not titled
                and 1 < len(caps) <= 3
                and caps[0] not in R.gender
                and (
                    self._its_after(S, b)
                    # "Healthwatch Westmoor, a patients' watchdog, said": a body beside it
                    or self._aside_head_is_body(extra_txt.strip(", ").lower())
                )
                and not self._introduced_as_person(who)
            ):
                # "Norrvik Copper said its mine was safe": no first name, and "its" after it;
                # "Healthwatch Westmoor, a patients' watchdog, said": a body's word beside it
                speaker = self._canonical_institution(who)
                return make(
                    speaker,
                    "institution",
                    True,
                    f"{speaker} has no first name and the sentence goes on with 'its', so it "
                    "is an organisation speaking as a body",
                    kind="org",
                    head=low[b],
                )
            if who and not body_the:
                return person(who, note, self.gender.get(who))
            if (
                who is None
                and len(caps) > 1
                and any(w in R.org_endings for w in caps)
                and not (r0 == a + 1 and low[a] == "the")  # "the ..." is kept whole below
            ):
                # "Pellingham Power Networks": a body's word inside the name, so no person
                return make(
                    caps_txt,
                    "institution",
                    True,
                    f"{caps_txt} is an organisation speaking as a body, so this is an institution",
                    kind="org",
                    head=last,
                )
        # somebody described but not named: "a city engineer"
        if last in _DETS or last in _STOP:
            return None
        if (
            caps
            and r0 == a + 1
            and low[a] == "the"
            and len(caps) > 1
            and tuple(w.lower() for w in caps) not in R.titles  # "the Prime Minister": a person
        ):
            # "the Halverton Chamber of Trade": a name after "the" is a body's, never a person's
            return make(
                caps_txt if caps_txt.startswith("the ") else "the " + caps_txt,
                "institution",
                True,
                f"'{mention}' is the name of an organisation (people are not called 'the ...'), "
                "so this is an institution",
                kind="org",
                head=last,
            )
        # a headline drops "the": "..., says geologist" is the geologist the story names
        headline_job = (
            S.part == "headline"
            and not caps
            and a == hb
            and (last in _PERSON_NOUNS or self._a_person([last]))
        )
        if headline_job:
            who = self._job_person(last)
            if who:
                return person(who, f"'{mention}' is {who}, named with that job in the story")
        if (
            S.part == "headline"
            and not caps
            and a == hb
            and tok[a].islower()
            and not _is_person_word(last)
            and not self._a_person([last])
            and last not in _HEADLINE_NOT_A_BODY
        ):
            # "..., observatory says": the one body the story names with that word
            # ("the Saint Ottilie Volcano Observatory")
            name = self._name_ending_in(last, len(self.text))
            if name and self._speaks_in_story(name):
                return body(name, f"'{mention}' is {name}, named in the story")
        if (
            low[a] in _DETS
            or low[a] in _QUANT
            or (hb > a and low[a].endswith(("’s", "'s")))
            # "Jalen Voss's agent": a full name's possessive, then who
            or (hb > a + 1 and low[hb - 1].endswith(("’s", "'s")) and tok[a][0].isupper())
            # a headline drops "the": "Marsova opposition leader says ..."
            or (S.part == "headline" and not caps and last in R.title_words)
            or headline_job
        ):
            return make(
                self._describe(S, a, b),
                "anonymous",
                False,
                f"the source is described ('{mention}') but not named, so it is anonymous",
                kind=_kind_of_head(last),
                head=last,
            )
        # "Chairman of the bench Roger Tiplady", "Director of research Jo Bell": an office
        # of a few words, then the holder's name
        r = b
        while r > a and tok[r][:1].isupper():
            r -= 1
        if b - r >= 2 and r > a and "of" in low[a:r] and tok[r][:1].islower() and b - a <= 9:
            sp = self._classify(S, r + 1, b, marker_region, extra)
            if sp is not None and sp.source_type == "named_person":
                return replace(sp, mention=mention, start=start)
        return None

    def _introduced_as(self, before: int, phrase: str) -> str | None:
        """The full name the article sets beside ``phrase`` ("his daughter") before offset
        ``before``: "His daughter, Carol Mayer," or "Carol Mayer, his daughter"; the
        latest such name, and only when every such name is the same person."""
        rx = re.compile(
            rf"\b(?i:{re.escape(phrase)}),\s+({_NAME_RUN.pattern})(?=[,.;)]|\s+(?:who|of)\b)"
            rf"|({_NAME_RUN.pattern}),\s+(?i:{re.escape(phrase)})\b"
        )
        names = set()
        for m in rx.finditer(self.text, 0, before):
            if m.group(2):
                # not a list ("his wife, Mary Hale, his daughter, Amy"), a possessive ("Pete
                # Ward, her manager's assistant") or the client of a speaker ("The club
                # confirmed the sale to Peter Lang, his agent said")
                after = _WORD.findall(self.low, m.end(), m.end() + 20)[:1]
                if (
                    self.text[m.end() : m.end() + 2] in ("'s", "’s")
                    or (after and after[0] in self.R.verbs and self.text[m.end()] == " ")
                    or _LISTED_RELATION.search(self.text, max(0, m.start() - 30), m.start())
                ):
                    continue
            who, _ = self._person((m.group(1) or m.group(2)).split())
            if who and " " in who:
                names.add(who)
        return names.pop() if len(names) == 1 else None

    def _job_person(self, job: str) -> str | None:
        """The person the story names with this job, before or after the name ("the
        geologist Anna Keller", "Anna Keller, a geologist at ..."), for a headline's
        "..., says geologist"."""
        text = self.text
        job = re.escape(job)
        rx = re.compile(
            rf"\b(?i:{job})\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)"
            rf"|((?:[A-Z][\w’'-]+\s+){{1,2}}[A-Z][\w’'-]+),\s+(?:a|an|the)\s+"
            rf"(?:[\w-]+\s+){{0,2}}{job}\b"
        )
        for m in rx.finditer(text, self.sentences[0]["end"] if self.sentences else 0):
            who, _ = self._person((m.group(1) or m.group(2)).split())
            if who and " " in who:
                return who
        return None

    def _titled_names(self) -> frozenset[str]:
        """The capitalised words right after a personal title ("Dr Anneke Rovers" gives
        "Anneke Rovers"), found once per article."""
        if self._titled is None:
            self._titled = frozenset(m.group(1) for m in _TITLED_NAME.finditer(self.text))
        return self._titled

    def _crowd_in_body_name(self, word: str, end: int) -> bool:
        """Is ``word``, ending at ``end``, a crowd's word inside a body's name ("Fishermen"
        in "The Skelvig Fishermen's Association"), not a surname ("Bell" in "Mayor Ann
        Bell's Office")?"""
        w = word.lower()
        # "The Estrian Farmers' Union": a plural with an apostrophe after it, or the plural
        # of a word for someone who does something
        plural = w.endswith("s") and not w.endswith("ss")
        if (
            w not in self.R.crowd_plurals
            and w not in _MEN_PLURALS
            and not (plural and self.text[end : end + 1] in ("'", "’"))
            and not (plural and self._a_person([w[:-1]]))
        ):
            return False
        body = _BODY_AFTER.match(self.text, end)
        if body is not None and body.group(1) in self.R.org_endings:
            return True
        # "the Valmérac Wine Growers": a trade's word ending a group's name after "the", or
        # one the article also writes as a common noun ("hail-hit growers"; not "the Golden
        # State Warriors ... Warriors said": the team)
        start = end - len(word)
        return _THE_NAME_BEFORE.search(self.text, max(0, start - 60), start) is not None and (
            w in _TRADES_IN_NAMES or re.search(rf"\b{re.escape(w)}\b", self.text) is not None
        )

    def _alone_elsewhere(self, word: str, skip: int | None = None) -> bool:
        """Is ``word`` written alone, as a capitalised word with no capitalised word just
        before it, anywhere (or anywhere but the name starting at ``skip``)?"""
        text, pos = self.text, self.text.find(word)
        while pos >= 0:
            if skip is None or pos > skip + 60 or pos < skip:
                before = text[max(0, pos - 30) : pos].split()[-1:]
                if _bounded(text, pos, pos + len(word)) and not (
                    before and before[0][:1].isupper() and not before[0].endswith((".", ":"))
                ):
                    return True
            pos = text.find(word, pos + 1)
        return False

    def _text_named_before(self, pos: int) -> bool:
        """Does the article name a study, report or paper before ``pos``?"""
        return _STUDY_WORD.search(self.low, 0, pos) is not None

    def _job_words(self, words: list[str]) -> bool:
        """Could these lower-case words before a name be a job ("seismologist", "former
        head coach")? Not a spokesperson's job (that type is kept), and no verb,
        participle, preposition or function word ("board first approached Orlin")."""
        R = self.R
        return not R.spokes.search(" ".join(words)) and not any(
            (w in R.verbs and w != "state")  # ("state senator Ann Lee": no verb)
            or w in _PREPS
            or w in _STOP
            or (w.endswith(("ed", "ing")) and w not in _JOB_PARTICIPLES)
            for w in words
        )

    def _title_ends_at(self, S: _Sentence, a: int, k: int) -> bool:
        """Do the words ending at token k form a title ("special counsel", "President")?"""
        titles = self.R.titles
        for n in range(1, self.R.title_max + 1):
            if k - n + 1 < a:
                break
            if tuple(w.rstrip(".") for w in S.low[k - n + 1 : k + 1]) in titles:
                return True
        return False

    def _is_person_name(self, caps: list[str]) -> bool:
        return bool(caps) and self._could_be_name(
            [_unpossessed(w) for w in caps if w.lower() not in self.R.title_words] or caps
        )

    def _describe(self, S: _Sentence, a: int, b: int) -> str:
        """The words a..b as a description: 'The indictments' -> 'the indictments'."""
        phrase = S.span(a, b)
        first, _, rest = phrase.partition(" ")
        t = S.tok[a]
        if first.lower() in _DETS and rest:
            return first.lower() + " " + rest
        if (
            (
                t[:1].isupper()
                and not t[:2].isupper()  # "NATO", "MPs": capitals of their own
                and self._sentence_initial(S, a)
                and not self._known_name(_unpossessed(t))
                and not (a < b and S.tok[a + 1][:1].isupper())  # "Alderholm University"
                and not (a < b and S.tok[a + 1] == ".")  # "Sen. Warren Holt's attorney"
                # "Brannigan's rep": a name's possessive
                and not (t.endswith(("’s", "'s")) and _unknown_word(_unpossessed(t)))
                # "Tarnby council said": a name no dictionary has, before a body's word
                and not (
                    _unknown_word(_unpossessed(t))
                    and b > a
                    and S.low[b] in self.R.inst_words
                    and not S.low[b].endswith("s")
                )
            )
            and t not in self.R.outlets
            and t not in self.R.places
            # "Interpol said", "Congress said": a body known by its name
            and not (
                a == b
                and any(k == t.lower() for k, _ in self.R.inst_names.by_first.get(t.lower(), ()))
            )
        ):
            if first.isupper() and first != t:  # "ISLANDERS on Tornsay": a lede's capitals
                return first.lower() + phrase[len(first) :]
            return phrase[:1].lower() + phrase[1:]
        return phrase

    def _spoke_through(self, c: _Cue, noun: str) -> bool:
        """Did attribution ``c`` come through a text called ``noun`` ("said in a letter")?

        True when the sentence of ``c`` holds a channel phrase ending in that noun
        ("in a letter to parents", "in its written decision"); a text the speaker
        only mentions ("criticised the report") is not how they spoke.
        """
        sent = self.sentences[c.idx]
        hits = self._channel_hits()
        lo = bisect_left(self._hit_starts, sent["start"])
        hi = bisect_left(self._hit_starts, sent["end"])
        for a, b, _ch, _words in hits[lo:hi]:
            phrase = self.low[a:b]
            if phrase == noun or phrase.endswith(" " + noun) or phrase.startswith(noun + " "):
                return True
        return False

    def _definite_reference(self, noun: str, idx: int | None = None) -> _Cue | None:
        """'the statement' / 'the official' said: the attribution it refers back to.

        ``idx`` (the sentence of "the statement said", when nothing is set beside it)
        lets "the statement" be the words of a spokesperson or body in the sentence just
        before, when no sentence before it mentions a statement."""
        R = self.R
        channel = R.channel_of.get(noun)
        for n, c in enumerate(reversed(self.attrs[-8:])):
            if channel and noun not in R.documents and c.channel == channel and c.ch_explicit:
                return c
            if (
                n == 0
                and idx is not None
                and idx - 2 <= c.idx < idx
                and channel == "statement"
                and c.channel == "unspecified"
                and c.sp.source_type in ("spokesperson", "institution")
                # not "The family released a statement. The council said .... The statement
                # said": another's statement, mentioned before
                and not any(
                    noun in self.sentences[k]["text"].lower()
                    for k in range(max(0, min(c.idx, idx - 3)), idx)
                )
            ):
                # 'A council spokesperson said: "We accept the findings." The statement
                # said ...': what the spokesperson said was that statement
                return c
            if (
                noun in R.authored
                and c.ch_explicit
                # "an e-mail in which Tollbury's head of IT security warned ...": a described
                # person writes too
                and (c.sp.named or c.sp.source_type in ("institution", "anonymous", "spokesperson"))
                and c.sp.kind in ("person", "org")
                and self._spoke_through(c, noun)
            ):
                return c  # "the letter said", after "In a letter to parents, Grace Obi said"
            if (
                not channel
                and c.sp.head == noun
                and c.sp.source_type in ("anonymous", "spokesperson")
            ):
                return c
        if channel and len(self.attrs) > 8:
            # "The blog post says", twenty sentences after "the company said in a blog post":
            # the one speaker who spoke through such a text further back
            older = [
                c
                for c in self.attrs[:-8]
                if c.ch_explicit and c.channel == channel and self._spoke_through(c, noun)
            ]
            if older and len({c.sp.speaker for c in older}) == 1:
                return older[-1]
        return None

    def _issued_by(self, noun: str, idx: int, from_only: bool = False) -> _Speaker | None:
        """Who issued the text "the statement" or "the letter" points back to, in one of the
        three sentences before ``idx`` of the body: "Nordhavn Bank issued a statement on
        Monday", "Halvorsen filed a motion to dismiss", "In a letter to the council, the
        Heritage Society objected". Only a body or a named person, and only the nearest
        sentence that names such a text. With ``from_only``, only a body the text is said to
        come from ("In a news release from Corwin State, ...")."""
        issued = re.compile(_ISSUED_A.pattern + re.escape(noun) + r"\b")
        in_a = re.compile(_IN_A_TEXT.pattern + re.escape(noun) + r"\b[^,;.]{0,80}, ")
        for k in range(idx - 1, max(-1, idx - 4), -1):
            sent = self.sentences[k]
            if sent["part"] != "body" or noun not in sent["text"].lower():
                continue
            S = _Sentence(sent, k, self)
            sp = None
            m = None if from_only else issued.search(sent["text"])
            acct = None if from_only or m else _ON_AN_ACCOUNT.search(sent["text"])
            if acct:
                # "A video posted on the Raziabad Police’s X account ... the post said": the
                # account's owner
                i0 = S.index_at(sent["start"] + acct.start(1))
                i1 = next(
                    (
                        x
                        for x in range(i0, min(len(S.tok), i0 + 6))
                        if S.tok[x].endswith(("’s", "'s"))
                    ),
                    -1,
                )
                sp = self._classify(S, i0, i1) if i0 <= i1 else None
                if sp is not None and sp.speaker:
                    sp = replace(sp, speaker=_unpossessed(sp.speaker))
            elif m:
                j = S.index_at(sent["start"] + m.start()) - 1
                while j > 0 and (S.low[j] in _AUX or S.low[j] in ("also", "later", "then")):
                    j -= 1
                np = self._np_back(S, j) if j >= 0 and S.is_word(j) else None
                sp = self._classify(S, *np) if np is not None else None
            else:
                m = in_a.match(sent["text"])
                if m:
                    # "In a news release from Corwin State, senior author X called ...": the
                    # body the text came from, not the one quoted in it
                    src = _FROM_A_BODY.search(m.group())
                    if from_only and src is None:
                        return None
                    at = m.start() + src.start(1) if src else m.end()
                    np = self._np_forward(S, S.index_at(sent["start"] + at))
                    sp = self._classify(S, *np) if np is not None else None
            if sp is not None and (
                sp.source_type == "institution"
                # a person by a first name the rules know ("Judge Helen Osei"; not "Northern
                # Affairs", the start of "Northern Affairs and Development Canada")
                or sp.named
                and sp.source_type in ("named_person", "spokesperson")
                and (sp.speaker or "").split()[0] in self.R.gender
            ):
                return sp
            return None  # the nearest text of that name is someone else's, or nobody's
        return None

    def _named_body(self, noun: str, upto: int) -> _Cue | None:
        """Resolve "the company said", "the agency said" (in the sentence starting at
        ``upto``): the organisation named in one of the last attributions, when the
        article calls it that kind of body: the word is in its name ("the Wessmark
        Environment Agency"), beside its name ("Halvorsen Pharma, the only company
        licensed ..."), or it is "the company"/"the firm" after a business name
        ("Halvor Pharma", "Brenn Labs"). Only the nearest organisation counts: another
        body named in between, speaking or not ("Regulators fined Brenn Labs"), or
        another body speaking last, stops the search.
        """
        R = self.R
        outlet = noun in R.outlet_nouns.keys or noun == "paper"
        if noun not in R.inst_words and not outlet:
            return None
        for c in reversed(self.attrs[-8:]):
            sp = c.sp
            if not sp.named or sp.source_type not in ("institution", "news_agency"):
                continue
            paper = outlet and sp.source_type == "news_agency"
            if self._body_between(max(c.ce, sp.end), upto, noun, sp.speaker, outlets_only=paper):
                return None
            if paper:
                return c  # "The daily Dagens Handel reported ... the paper said": that newsroom
            words = sp.speaker.split()
            if noun in sp.speaker.lower().split():
                return c
            start = self.sentences[c.idx]["start"]
            # the word beside the name ("Halvorsen Pharma, the only company licensed"), not
            # anywhere in that sentence ("Marknadsposten reported ... the bank's plans")
            near = self.low[max(start, sp.start - 40) : sp.end]
            aside = self.low[sp.end : c.cs] if sp.end < c.cs else ""
            if noun in near.split() or (
                # "Nordbank, which became the country's biggest mortgage bank after a merger
                # in 2019, said": what the body is, however long (not "Brennock Water, which
                # was fined after a council report, said")
                _WHAT_IT_IS.match(aside) and noun in _WORD.findall(aside)
            ):
                return c
            if (
                noun in _BUSINESS
                and sp.source_type == "institution"
                and not any(w.lower() in R.inst_words for w in words)
                and (
                    words[-1] in R.org_endings
                    or not _BUSINESS_KINDS.isdisjoint(
                        self.low[start : c.cs].replace(",", " ").split()
                    )
                )
            ):
                # "Brenn Labs", "Halvor Pharma", "Lendrail, the state-owned operator,": a
                # business; not "the Health Ministry" or "Dockwork, which represents staff"
                return c
            return None  # another body spoke last
        return None

    def _a_programme(self, name: str) -> bool:
        """Is ``name`` (after "Speaking on") a programme or outlet, not a topic, a place or a
        day ("Speaking on Brexit", "on Capitol Hill", "on Christmas Day")? When it is a
        known outlet, ends in a programme's word, or the article calls it a programme, show
        or podcast."""
        if name in self.R.places or self._outlet(name, ""):
            return name not in self.R.places
        words = name.split()
        if words[-1] in _PROGRAMME_WORDS or (name.isupper() and len(name) <= 5):
            return True  # "Question Time", "LBC"
        if any(w in ("the", "of", "and") for w in words):
            return True  # "Meet the Press", "Match of the Day": a title
        if (
            len(words) >= 2
            and not any("'" in w or "’" in w for w in words)
            and words[-1] not in _NOT_PROGRAMME_ENDS
            and words[0] not in _NOT_PROGRAMME_STARTS
        ):
            return True  # "Loose Women", "Meet the Press" (not "Capitol Hill", "Christmas Day")
        return (
            re.search(
                rf"\b(?:programme|program|show|podcast|presenter|host|broadcast)\W+(?:\w+\W+){{0,3}}{re.escape(name)}\b"
                rf"|\b{re.escape(name)}\W+(?:\w+\W+){{0,2}}(?:programme|program|show|podcast|presenter|host)\b",
                self.text,
            )
            is not None
        )

    def _business_named_near(self, S: _Sentence, a: int) -> str | None:
        """ "Oriel Therapeutics will halt the trial, the company said": the one firm (a name
        ending in a company's word) named in this sentence before "the company", or else in
        the sentence before; None when there is none or more than one."""
        spans = [(S.start, S.ts[a])]
        if S.idx > 0:
            prev = self.sentences[S.idx - 1]
            spans.append((prev["start"], prev["end"]))
        for lo, hi in spans:
            # the firm the sentence is about: its subject ("Oriel Therapeutics will ...",
            # "Shares in Oriel Therapeutics fell"), not a rival, a client or a complainant
            lead = self.text[lo:hi]
            opening = len(lead) - len(lead.lstrip(" \"“‘'"))
            named = [
                m
                for m in _NAME_RUN.finditer(self.text, lo, hi)
                if len(m.group().split()) > 1
                and m.group().split()[-1] in self.R.org_endings
                and m.group().split()[-1].lower() not in self.R.inst_words
                and not self.quote_role(m.start())
            ]
            if len({m.group() for m in named}) > 1:
                return None  # two firms: which one is not said
            firms = {
                m.group()
                for m in named
                if m.group().split()[0] not in ("Rival", "Rivals")
                and (
                    m.start() == lo + opening
                    or re.search(
                        r"\b[Ss]hares (?:in|of) $", self.text[max(lo, m.start() - 12) : m.start()]
                    )
                )
            }
            if firms:
                return firms.pop()
            if named:
                return None
            # "Basketly, the grocery delivery app used by 9 million households, is cutting
            # ...": a name that opens the sentence and is called a business beside it
            first = _NAME_RUN.match(self.text, lo + opening, hi)
            if first and lo == S.start and first.group().split()[0] not in self.R.gender:
                beside = _FIRM_BESIDE.match(self.text, first.end(), hi)
                head = []
                for w in beside.group(1).lower().split() if beside else ():
                    if w in _AFTER_FIRM_HEAD or w.endswith("ed") and head:
                        # "the chief executive of the company": an executive; "the app used
                        # by ...": the app (but "the state-owned operator", "the troubled
                        # supplier": a describing word first)
                        break
                    head.append(w)
                if (
                    beside
                    and not beside.group(1)[:1].isupper()
                    and len(head) <= 6
                    and head[-1:]
                    and head[-1] in _FIRM_WORDS
                ):
                    return first.group()
        return None

    def _name_ending_in(self, noun: str, upto: int) -> str | None:
        """The last name before ``upto`` that ends in ``noun`` written with a capital
        ("Brackenford Zoo" for "the zoo", "Marsland University" for "the university"):
        one body of that kind named earlier, and no other; not a plural ("the keepers"),
        a text ("the report") or a person's word ("the chef")."""
        R = self.R
        if (
            not noun.isalpha()
            or noun.endswith("s")
            or noun in R.documents
            or noun in R.channel_of
            or noun in R.title_words
            or noun in _PERSON_NOUNS
        ):
            return None
        if noun in _NOT_SHORT_FOR_A_NAME:
            return None  # "the union" after "the European Union", "the city" after "Kelby City"
        word = noun.capitalize()
        names = {
            full.rsplit("/", 1)[-1]  # (a credit line's "M. Duval/Saint Ottilie Observatory")
            for pos, full in self._names_ending_in(word)
            if pos < upto and full.split()[0] not in R.gender
        }
        if len(names) != 1:
            return None
        return self._canonical_institution(names.pop())

    def _body_between(
        self, lo: int, hi: int, noun: str, speaker: str, outlets_only: bool = False
    ) -> bool:
        """Is another organisation named between ``lo`` and ``hi`` (a business name, a
        name holding the noun, "Food Standards Agency", or a name the article taught)?
        With ``outlets_only``, only another news outlet counts ("the paper said" after a
        company named since the paper's report is still the paper)."""
        R = self.R
        for m in _NAME_RUN.finditer(self.text, lo, hi):
            name = m.group()
            if name in speaker or speaker.endswith(name):
                continue
            words = name.split()
            if outlets_only:
                if (self._learned_kind(name) or ("",))[0] == "news_agency":
                    return True
            elif (
                words[-1] in R.org_endings
                or noun in name.lower().split()
                or (self._learned_kind(name) or ("",))[0] in ("institution", "news_agency")
            ):
                return True
        return False

    def _describes_outlet(self, words: str) -> bool:
        """Do the words beside a name call it an outlet ("a tabloid", "a weekly in the
        north")? Not when the outlet noun only describes something else ("a newspaper
        reader")."""
        hit = self.R.outlet_nouns.search(words)
        if not hit or re.search(r"\b(?:this|our) (?:newspaper|paper|website|station)\b", words):
            return False  # (not "approached by this newspaper": the reporter's own)
        rest = words[hit[1] :].split()
        return not rest or not rest[0][:1].isalpha() or rest[0] in _PREPS or rest[0] in _RELATIVES

    def _outlet(self, caps_txt: str, bare: str) -> str | None:
        R = self.R
        if caps_txt:
            name = caps_txt[4:] if caps_txt[:4] in ("The ", "the ") else caps_txt
            words = name.split()
            if (
                name in R.outlets
                or "The " + name in R.outlets  # "The Atlantic" is listed with its "The"
                or (
                    any(w in R.outlet_words for w in words[1:])
                    # not "the Chemical Hazard Review Board": a public body
                    and words[-1] not in _BOARD_ENDS
                )
                # "the Courier-Times", "the Post-Gazette": two papers' words joined
                or (
                    # not "Laura Sun-Times", a person (but "the Frederick News-Post")
                    (words[0] not in R.gender or caps_txt[:4] in ("The ", "the "))
                    and any(
                        "-" in w and all(p in R.outlet_words for p in w.split("-")) for w in words
                    )
                )
                or words[0] in ("Radio", "TV", "Television")
                # "NewsVeld", "HuffPost": a newsroom's word inside one joined-up name (not
                # "RadioShack", "SunExpress", "NewsCorp": a shop, an airline, a firm)
                or (len(words) == 1 and _joined_newsroom(name, R.org_endings))
                # "Channel Six said" (not "the Channel Tunnel", "the Channel Islands")
                or (words[0] == "Channel" and words[-1].lower() in _SMALL_COUNTS | _CHANNEL_NUMBERS)
                # an American station's call sign: "KXLT reported", "WDTR-TV"
                or (_CALL_SIGN.fullmatch(words[0]) is not None and self._station(words[0]))
                or (  # "the Sunday Blaze"; not "the Sunday League", nor "Mr Sunday Nwosu"
                    words[0] in _PAPER_FIRST_WORDS
                    and (words[0] != "Sunday" or caps_txt[:4] in ("The ", "the "))
                    and len(words) > 1
                    and words[-1] not in R.org_endings
                    and words[-1] not in ("League", "Market", "School", "Service")
                )
            ):
                return "named"
            if len(words) == 1 and name in R.outlet_words and caps_txt.startswith("the "):
                return "named"
            lk = self._learned_kind(name)
            if lk and lk[0] == "news_agency":
                return "named"
            if (
                len(words) == 1
                and not self._introduced_as_person(name)
                and self._outlet_short(name)
            ):
                return "named"  # "the Courant" after "the Korstad Courant"
        if (
            bare in R.generic_outlets
            # "Russian state media", "Iranian state television": a country's
            or (
                " " in bare
                and bare.split(" ", 1)[1] in R.generic_outlets
                and bare.split(" ", 1)[0] not in _DETS  # not "no state media", "few ..."
            )
            or R.outlet_nouns.search(bare)
            and bare.split()[-1] == R.outlet_nouns.search(bare)[2].split()[-1]
            and "'s " not in bare  # "the club's newsletter": the club's own text
            and "’s " not in bare
        ):
            return "generic"
        return None

    def _station(self, sign: str) -> bool:
        """Is ``sign`` (four capitals starting with K or W) an American station's call sign?
        Only when the article shows it is one: "KXLT-TV", "KXLT 7 News", "KPAV Radio",
        "station KXLT", "told KXLT" (agencies have such initials too: KDHE, WSIB, the KNVB)."""
        if "-" in sign:
            return True
        shown = re.compile(
            r"\b(?i:station|affiliate|told|to)\s+"
            + sign
            + r"\b|\b"
            + sign
            + r"(?:-[A-Z]{2}|\s+\d|\s+(?:News|Radio|TV))\b"
        )
        return shown.search(self.text) is not None

    def _outlet_short(self, word: str) -> bool:
        """Is ``word`` the last word of an outlet the article names in full ("the Courant"
        after "the Korstad Courant")?"""
        # (or one someone told something: "told the Coastal Mail", then "the Mail"; not
        # "told the Parish Council", a body)
        told_ok = (
            word not in self.R.org_endings
            and word.lower() not in self.R.inst_words
            and word.lower() not in self.R.title_words
        )
        return any(
            self._outlet(full, "") or (told_ok and f"told the {full}" in self.text)
            for _pos, full in self._names_ending_in(word)
            # "The Atlantic" is the word itself again ("The The Atlantic said" would loop)
            if len(full.removeprefix("The ").removeprefix("the ").split()) > 1
        )

    def _first_name_full(self, word: str) -> str | None:
        """The full name of the one person the article names with first name ``word``
        ("Lotte" -> "Lotte Haugen"), looked for with ``str.find`` (the first dozen)."""
        if not word.isalpha():
            return None
        # a known first name, or one whose full name the article shows is a person's ("Telly
        # chef Lenny Caskett ... Lenny wrote"); "Vantor" of "Vantor Aerospace" is no person
        known = word in self.R.gender
        text, n, found = self.text, len(word), set()
        for pos in self._cap_positions(word):
            if text[pos + n : pos + n + 1] != " ":
                continue
            nxt = _unpossessed(text[pos + n + 1 : pos + n + 30].split(" ", 1)[0].rstrip(",.;:"))
            if (
                nxt[:1].isupper()
                and nxt.isalpha()
                and nxt not in self.R.org_endings
                and self._could_be_name([word, nxt])
                and (known or self._shown_a_person(pos, pos + n + 1 + len(nxt)))
            ):
                found.add(f"{word} {nxt}")
        return found.pop() if len(found) == 1 else None

    def _shown_a_person(self, start: int, end: int) -> bool:
        """Does the article show that the name at ``start``..``end`` is a person's: a job or
        other word for a person right before it ("Telly chef Lenny Caskett"), or within the
        next eight words of its sentence, before any "it" or "its", "he" or "she" ("Tamsin
        Veer said she would close") or "his"/"her" before a family word ("Wiremu Tane and
        his wife")? Not "his" or "her" alone, which may be someone else's ("Sale Sharks
        confirmed his departure", "Goldman Sachs fired her"); not a name inside a longer one
        ("Veterans Affairs Minister Rajesh Wells") or after a preposition ("a text from
        Tollbury Rewards")."""
        if _WORD.fullmatch(self.text[end + 1 : end + 2] or "-") is None:
            return False  # a capital (or nothing) after it: a longer name
        before = self.low[max(0, start - 20) : start].split()[-1:]
        if before and (before[0] in _PREPS or before[0] in _DETS):
            return False
        if before and (_is_person_word(before[0]) or before[0] in self.R.title_words):
            return True
        k = bisect_right(self.sent_starts, end) - 1
        stop = min(end + 80, self.sentences[k]["end"]) if k >= 0 else end + 80
        words = _WORD.findall(self.low, end, stop)[:8]
        for i, w in enumerate(words):
            if w in ("he", "she"):
                return True
            if w in ("his", "her") and i + 1 < len(words) and words[i + 1] in _KIN:
                return True  # "Wiremu Tane and his wife", "lost his father": a family's
            if w in ("it", "its"):
                return False
        return False

    def _body_before_noun(self, words: list[str]) -> bool:
        """Are the capitalised words before "statement" or "press release" a body's name: one
        with an abbreviation ("an SMRCL press release"), any other name of letters only ("a
        Tesco statement", "a Virgin Atlantic press release") but a day, a month, a season, a
        festival, a place or a nationality ("the Monday statement", "the Christmas
        statement", "the Paris statement", "the Ukrainian statement"), or one with a body's
        word or a name the rules or the article know as a body's?"""
        name = " ".join(words)
        last = words[-1]
        if any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words):
            return True  # "an SMRCL press release", "an NHS England press release"
        if (
            all(w.isalpha() for w in words)
            and not (len(words) == 1 and last in self.R.gender)  # (a first name alone)
            and last not in self.R.places
            and last.lower() not in _WEEKDAYS
            and last.lower() not in _MONTHS
            and last.lower() not in _NOT_A_BODY_BEFORE
            and not self._nationality(last)  # "the Ukrainian statement"
        ):
            return True  # "a Tesco statement", "a Virgin Atlantic press release"
        if last.lower() in self.R.inst_words or last in self.R.org_endings:
            return True
        if (
            self.R.inst_names.search(name.lower())
            or (self._learned_kind(name) or ("",))[0] == "institution"
        ):
            return True
        # "Tesco said" elsewhere in the article, with no first name: a body
        return (
            bool(re.search(re.escape(name) + r" (?:said|says|announced|confirmed)\b", self.text))
            and name.split()[0] not in self.R.gender
        )

    def _nationality(self, word: str) -> bool:
        """Is ``word`` a people's name made from a country's ("Ukrainian", "Chinese",
        "British"; not "Hibernian", "Nissan", "Republican")?"""
        for suffix in ("ian", "ese", "ish", "an", "i"):
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 3:
                # ("South Korean": a word of "South Korea")
                return any(w.startswith(stem) for p in self.R.places for w in p.split())
        return False

    def _initials_a_firm(self, name: str) -> bool:
        """Does the article show that a name written with initials and a surname is a firm's
        ("J.M. Smucker said it would cut 300 jobs", "H.J. Heinz plc")? Such names are far
        more often people's ("P. Murugesan said", "A.J. Brennan caught two passes"), so only
        "it"/"its" just after the name, with no "he"/"she" first, or a company's ending,
        makes it a firm."""
        pos = self.text.find(name)
        while pos >= 0:
            end = pos + len(name)
            after = self.text[end : end + 12].split()[:1]
            if after and after[0].rstrip(".,") in self.R.org_endings:
                return True
            words = _WORD.findall(self.low, end, end + 100)[:12]
            if not _PERSONAL.isdisjoint(words):
                return False  # ("P.J. Hollins said it was the proudest day of his career")
            if not {"it", "its"}.isdisjoint(words[:3]):
                return True  # "J.M. Smucker said it would", not "... lost its way" later
            pos = self.text.find(name, end)
        return False

    def _names_ending_in(self, word: str) -> list[tuple[int, str]]:
        """(position, full name) of the first dozen names in the article that end in the
        capitalised ``word`` ("Brackenford Zoo" for "Zoo"), found with ``str.find`` and
        remembered per word: a long article is looked through once for each word."""
        hit = self._ending_cache.get(word)
        if hit is not None:
            return hit
        found = []
        for pos in self._cap_positions(word):
            before = self._caps_before(pos)
            if before and before[0] == "The":
                before = before[1:]
            if before:
                found.append((pos, " ".join([*before, word])))
        self._ending_cache[word] = found
        return found

    def _cap_positions(self, word: str) -> list[int]:
        """Where the capitalised ``word`` stands in the article (its first dozen places, a
        possessive counted too), from one pass over the text: looking a word up with
        ``str.find`` each time made articles of many different names quadratic."""
        text = self.text
        if len(text) < 20_000:
            # a news article: a few str.find calls cost less than indexing every capital
            n, out = len(word), []
            pos = text.find(word)
            while pos >= 0 and len(out) < 12:
                if _bounded(text, pos, pos + n):
                    out.append(pos)
                pos = text.find(word, pos + n)
            return out
        index = self._cap_index
        if index is None:
            index = self._cap_index = {}
            for m in _CAP_WORD.finditer(self.text):
                places = index.setdefault(_unpossessed(m.group()), [])
                if len(places) < 12:
                    places.append(m.start())
        return index.get(word, [])

    def _institution(self, S: _Sentence, a: int, hb: int, caps_txt: str, bare: str, last: str):
        """Whether the phrase names an organisation: False, True, or the name itself when
        it is to be kept as written (a learned name, or "Varrow City")."""
        R = self.R
        if caps_txt:
            lk = self._learned_kind(caps_txt)
            if lk and lk[0] == "institution":
                if lk[1] != caps_txt and " " not in caps_txt and self._surname_full(caps_txt):
                    # "Arlow said" after "Keith Arlow" and his firm, "Arlow Outdoor Living,":
                    # a surname alone is the person's
                    return False
                return lk[1]
            words = caps_txt.split()
            if len(words) == 1 and words[0] in R.org_endings and self._surname_full(words[0]):
                return False  # "Rovers said" after "Dr Anneke Rovers": her surname
            # "Supporters of Hadley Rovers": a crowd named after the club, not the club
            crowd_of = len(words) > 2 and words[1] == "of" and words[0].endswith("s")
            # "Samantha Power", "Lena Rail": a known first name makes it a person (not "Rosa
            # Foods", "Lorenzo Brewing", "Elsa Transport": no surname ends a firm's name so)
            first_name = (
                len(words) == 2
                and words[0] in R.gender
                and not words[1].endswith(("s", "ing"))
                and words[1].rstrip(".") not in _FIRM_ONLY_ENDINGS
            )
            ending = (
                words[-1] in R.org_endings
                and not crowd_of
                and not first_name
                # "Amos Grid, 61, said": an age is a person's
                and not re.search(re.escape(caps_txt) + r",\s+\d{1,3},", self.text)
            )
            title, _qual, rest = self._split_title(words)
            if "of" in rest:
                rest = rest[: rest.index("of")]  # "... Ravi Sandhu of Ledwick Police"
            if (
                title
                and 2 <= len(rest) <= 3
                and (
                    self._could_be_name(rest)
                    or (self._could_be_name(rest[:-1]) and self._alone_elsewhere(rest[-1]))
                )
            ):
                # "Police Commissioner Aurel Dancu", "Dr Anneke Rovers": a person with a title
                return False
            if _person_of(words, R.gender, R.org_endings):
                return False  # "Priya Nandakumar of Harcastle Securities": a person
            if ending and len(words) > 1:
                return caps_txt  # "Varrow City", "Nordhavn Marine Works": a name, kept as written
            if (
                len(words) <= 3
                and not first_name
                and not title
                and self._short_for_body(caps_txt)
                and (len(words) > 1 or not self._surname_full(caps_txt))
            ):
                return caps_txt  # "Corran Ridge" after "Corran Ridge Minerals", "Carrow" after "Carrow Athletic"
            if ending or caps_txt in R.places or R.inst_names.search(caps_txt):
                return True
            if "&" in words[1:-1] and not any(
                w in R.gender or w.lower().rstrip(".") in R.title_words for w in words
            ):
                return caps_txt  # "Johnson & Johnson", "Calvert & Moss": a firm (not "Mr & Mrs")
            if len(words) >= 2 and (
                words[0] in _CAMPAIGN_VERBS or (words[0] == "Friends" and words[1] == "of")
            ):
                return caps_txt  # "Save Our Station", "Keep Kestwick Green", "Friends of the Coast"
            if len(words) == 2 and words[0] in _SPORT_BODIES:
                return caps_txt  # "Tennis Australia", "Cricket Ireland": a sport's national body
            if len(words) >= 2 and words[0] in _AGENCY_FIRST and " ".join(words[1:]) in R.places:
                return caps_txt  # "Statistics Canada", "Police Scotland": a national agency
            if (
                len(words) >= 3
                and any(w.lower() in _PREPS or w.lower() in _NAME_PREPS for w in words[1:-1])
                and words[0].lower().rstrip(".") not in R.title_words
            ):
                # "Reporters Across Borders", "Bank of England", "Friends Of The Earth": a body
                # (not "Lord Smith of Finsbury", "Archbishop of Dublin Dermot Farrell")
                return caps_txt
            if any(w.lower() in R.inst_words for w in words) and not _first_name_then_body_word(
                words, R.gender
            ):
                return True
            if len(words) >= 3 and words[0].isupper() and words[1] in R.gender:
                return False  # "PC Jason Reeve", "DCI Ruth Hale": a rank before a name
            if (
                any(
                    len(t) >= 2
                    and t.isupper()
                    and t.isalpha()
                    and t not in R.outlets
                    and t.lower() not in R.title_words  # "the MP", "a backbench MP"
                    for t in words
                )
                and len(words) <= 4
            ):
                return True  # "NATO", "NHS England"
        if last in R.inst_words and not _first_name_then_body_word(caps_txt.split(), R.gender):
            # "shipping companies": a bare plural is a category, left to the vague rule
            return not (
                last.endswith("s")
                and last not in _BARE_PLURAL_EXCEPT
                and (S.low[a] not in _DETS or S.low[a] in _VAGUE_QUANT)  # ("some councils")
                and not S.low[a].endswith(("’s", "'s"))
            )
        if last in R.anon_heads or last in _INSIDE_HEADS:
            return False  # "A White House official", "two Senate aides": people, unnamed
        if (
            last in _CENTRES
            and not caps_txt
            and S.low[a] in ("the", "a", "an")
            # ("the refugee centre"; not "the Celtics center", "the 7-foot center", "the
            # starting center said he ...": a player)
            and all(S.tok[x].isalpha() and S.tok[x].islower() for x in range(a + 1, hb))
            and _PERSONAL.isdisjoint(S.low[hb + 1 :])
        ):
            return True
        return bool(R.inst_names.search(bare))

    def _staff_of_body(self, S: _Sentence, a: int, hb: int, b: int) -> _Speaker | None:
        """People who work for one body the sentence names: "Doctors at the hospital"
        (anonymous: specific people, unnamed), "Analysts at the brokerage Calvert & Moss",
        "Campaigners from the Mallow Street Families group" (the body, speaking through
        its people). Not the public ("Passengers at Westhaven airport", "parents at the
        club" are a crowd) and not "some" or "many" of them (left to the vague rule)."""
        low, tok, R = S.low, S.tok, self.R
        last = low[hb]
        if (
            hb > a + 1
            or (hb == a + 1 and (tok[a][0].isupper() and not self._sentence_initial(S, a)))
            or low[a] in _DETS
            or low[a] in _QUANT
            or low[a] in _VAGUE_QUANT
            or low[a].endswith(("’s", "'s"))
            or not last.endswith("s")
            or last.endswith("ss")
            or last in _PUBLIC_PLURALS
            or last in _INSIDE_HEADS  # "officials at the ministry": the rule for officials
            or hb + 3 > b
            or low[hb + 1] not in ("at", "from")
            or low[hb + 2] != "the"
        ):
            return None
        body = tok[hb + 3 : b + 1]
        if not body or any(
            w in _PREPS and not (w == "of" and body[k - 1][:1].isupper())
            for k, w in enumerate(low[hb + 3 : b + 1])
        ):
            # "Doctors at the hospital in Kelby": the town, not the body, ends it (but "the
            # University of Harwick" is one name)
            return None
        mention = S.span(a, b)
        words = [w.lower() for w in body]
        if body[-1][0].isupper() or words[-1] in R.inst_words:
            named = [w for w in body if w[:1].isupper() or w == "&"]
            kinds = [w for w in words if w[:1].islower() and w != "&"]
            if (
                named
                and last in _VOICE_OF_BODY
                and (
                    any(w in R.inst_words or w in R.apposition_nouns for w in kinds)
                    or named[-1] in R.org_endings
                )
            ):
                # "the brokerage Calvert & Moss": its name; "the Mallow Street Families
                # group": the whole name with its kind
                first = next(k for k, w in enumerate(body) if w[:1].isupper())
                name = self._canonical_institution(
                    " ".join(body[first:])
                    if words[-1] not in R.inst_words
                    else "the " + " ".join(body)
                )
                return _Speaker(
                    name,
                    mention,
                    S.ts[a],
                    S.te[b],
                    "institution",
                    True,
                    f"{name} is an organisation speaking through its own people, so this "
                    "is an institution",
                    kind="org",
                    head=last,
                    staff=self._describe(S, a, b),
                )
            described = self._describe(S, a, b)
            return _Speaker(
                described,
                mention,
                S.ts[a],
                S.te[b],
                "anonymous",
                False,
                f"'{mention}' are specific people who work for a body the sentence names, "
                "but they are not named, so the source is anonymous",
                kind="group",
                head=last,
                staff=described,
            )
        return None

    def _is_vague(
        self, S: _Sentence, a: int, hb: int, head_low: str, last: str, caps: list
    ) -> bool:
        V = self.R.vague_subjects
        h = head_low[4:] if head_low.startswith("the ") else head_low
        if h in V or (last in V and last not in ("one", "people", "most", "some", "many", "few")):
            return True
        low = S.low
        if (
            low[a] == "every"
            and hb == a + 1
            and not caps
            and low[hb] not in ("one", "member", "single")
            and (hb + 1 >= len(low) or low[hb + 1] != "of")
        ):
            return True  # "Every caretaker I know says": all of them, a crowd (not "every
            # member of the committee": people pointed at)
        if (
            # "other parents" as much as "some parents" (but "the other parents" are those
            # the article has in mind)
            (low[a] in _VAGUE_QUANT or low[a] == "other")
            and hb > a
            and not caps
            # ("several people in the crowd said": the guide's "Several stallholders said"; not
            # "several people close to the couple / inside the ministry": sources)
            and (
                last.endswith("s")
                and not last.endswith("ss")
                or last in _CROWD_MEN  # "several fishermen said" (not "some policemen")
                or (last in ("people", "folk") and not self._people_as_sources(S, hb))
            )
            # "several officials", "some sources": people inside a body the reporter spoke
            # to, not a crowd; "some doctors" is still anyone
            and not (last in self.R.anon_heads and (low[a] == "several" or last in _INSIDE_HEADS))
        ):
            return True  # "many residents", "some teachers": a crowd nobody can check
        if (
            caps
            or low[a] in _DETS
            or low[a] in _QUANT
            or low[a].endswith(("’s", "'s"))
            or last in self.R.anon_heads
        ):
            return False
        if (
            hb > a
            and S.tok[hb - 1][:1].isupper()
            and S.tok[a] in self.R.gender
            and not _is_person_word(last[:-1])
        ):
            return False  # "Bernadette Quigley delivers post": a person and her verb (but
            # "John Lewis workers say": the shop's workers)
        plural = last.endswith("s") and not last.endswith("ss") or last in _MEN_PLURALS
        return plural and last not in _BARE_PLURAL_EXCEPT

    def _role_person(self, S: _Sentence, a: int, hb: int) -> str | None:
        R = self.R
        words = [w.rstrip(".") for w in S.low[a : hb + 1]]
        for n in range(min(3, len(words)), 0, -1):
            role = tuple(words[-n:])
            if role not in R.titles:
                continue
            qual = [w for w in words[:-n] if w not in _DETS and not w.endswith(("’s", "'s"))]
            # a bare title only ("..., CEO says", "The chief executive said"; not "the trust's
            # chief executive", "the former chief executive")
            # a bare title or the firm's own ("The chief executive said", "Its chief
            # executive", "the company's chief executive"; not "the council's chief
            # executive", "the chief executive of Ardmore Council")
            spelled = words[:-n] in ([], ["the"], ["its"], *_OWN_FIRM) and S.low[
                hb + 1 : hb + 2
            ] not in (["of"], ["at"], ["for"])
            who = self._resolve_role(" ".join(role), qual[-1] if qual else "", spelled)
            if who is None and qual:
                who = self._resolve_role(" ".join(role), "")
            if who is not None:
                return who
            if not all(w in R.inst_words for w in words[-n:-1]):
                return None  # "the deputy mayor" is not the mayor
            # else the shorter title: "police chief" is "Chief Constable X"
        return None

    def _canonical_institution(self, phrase: str) -> str:
        if not phrase.startswith("the ") and self._the_before(phrase, whole_word=True):
            return "the " + phrase
        return phrase

    def _the_before(self, phrase: str, whole_word: bool) -> bool:
        """Does the article write "the"/"The" before ``phrase`` somewhere ("the Kremlin")?

        The same test as ``re.search(r"\\b[Tt]he\\s+" + re.escape(phrase) + r"\\b",
        text)`` (the last ``\\b`` only when ``whole_word``), done the fast way:
        ``str.find`` the phrase, then look back over white space for a whole word
        "the". (A pattern that starts with ``\\b`` is tried at every character.)
        Answers are remembered per article: a long article names the same
        organisation many times.
        """
        key = (phrase, whole_word)
        hit = self._the_cache.get(key)
        if hit is None:
            hit = self._the_cache[key] = _the_before(self.text, phrase, whole_word)
        return hit

    def _pronoun_speaker(
        self, S: _Sentence, a: int, pron: str, b: int | None = None
    ) -> _Speaker | None:
        """The speaker a pronoun (tokens a..b, b = a by default) points back to.

        ``pron`` "one" stands for a description that fits any person ("the
        29-year-old").
        """
        b = a if b is None else b
        mention = S.span(a, b)
        if pron in ("i", "we"):
            return None
        who, cue, kind, gender = self._resolve_pronoun(pron, S.ts[a], S.idx)
        if pron in ("he", "she") and S.idx > 0 and who is None:
            # "A nurse spoke out. She said ...": the unnamed person the sentence before opens
            # with, when the pronoun has no named antecedent
            unnamed = self._unnamed_subject_before(S, a, pron)
            if unnamed is not None:
                return unnamed
        if who is None and pron in ("it", "they") and a == 0 and S.idx > 0:
            return self._thing_before(S, pron)
        if who is None and pron in ("it", "they") and a > 2 and S.tok[a - 1] == ",":
            # "Brenmark expects a loss this year, it said": the body the sentence opens with,
            # when the sentence before names none ("Moody's cut its outlook. Britain faces
            # slower growth, it said": Moody's, not Britain)
            before = self._thing_before(S, pron) if S.idx > 0 else None
            if before is not None:
                before.resolve_note = (
                    f"'{S.tok[a]}' points back to {before.speaker}, in the sentence before"
                )
                before.mention, before.start, before.end = S.tok[a], S.ts[a], S.te[a]
                return before
            body = self._body_subject_of(S, pron == "they")
            nxt = S.index_at(body.end) if body is not None else 0
            if (
                body is not None
                and body.source_type == "institution"
                and body.end < S.ts[a]
                # the body is the sentence's subject, a verb after it ("Brenmark expects"),
                # not an opening phrase ("Drawing on zoo records, it found")
                and nxt < len(S.low)
                and S.is_word(nxt)
                and not S.low[0].endswith("ing")
                # a company's name, not a place or a common word ("Britain", "Inflation")
                and body.speaker.removeprefix("the ") not in self.R.places
                and not in_dictionary(S.low[0])
            ):
                body.resolve_note = f"'{S.tok[a]}' points back to {body.speaker}, named before it"
                body.mention, body.start, body.end = S.tok[a], S.ts[a], S.te[a]
                return body
        if (
            pron in ("it", "they")
            and a == 0
            and cue is not None
            and cue.idx < S.idx - 1
            and len(S.low) > 1
            and S.low[1] in _WHAT_TEXTS_DO
        ):
            # "The memo was sent to the cabinet. It warns that ...": the text named in
            # the sentence just before, not a body that spoke further back
            text = self._thing_before(S, pron, texts_only=True)
            if text is not None:
                return text
        if (
            pron == "it"
            and a == 0
            and cue is not None
            and cue.idx == S.idx - 1
            and len(S.low) > 1
            and S.low[1] in _WHAT_TEXTS_DO
        ):
            # "But the post-mortem report, which the zoo posted, paints a different picture.
            # It notes ...": the text the sentence before is about, named before the body
            # speaking inside it
            prev = self.sentences[S.idx - 1]
            text = (
                self._text_named_in(_Sentence(prev, S.idx - 1, self), False)
                if prev["part"] == S.part
                else None
            )
            if (
                text is not None
                and text.start < cue.sp.start
                and _RELATIVE_NEXT.match(self.text, text.end)
            ):
                return _pointed_back(text, S)
        if who is None and pron == "it" and a > 1 and S.low[a - 1] in ("which", "that", "what"):
            # "Ulmenia published a plan, which it says was drawn up by experts": the body
            # the sentence opens with
            sub = self._main_subject(S, a - 1)
            after = S.index_at(sub.end) if sub is not None else 0
            verb_next = after < len(S.low) and (
                S.low[after].endswith("ed") or S.low[after] in _AUX or S.low[after] in _BE
            )  # the whole subject, right before its verb ("Ulmenia published"), not a piece
            if sub is not None and verb_next and sub.source_type in ("institution", "news_agency"):
                return replace(
                    sub,
                    mention=mention,
                    start=S.ts[a],
                    end=S.te[b],
                    resolve_note=f"'{mention}' points back to {sub.speaker}, the subject of the sentence",
                )
        if who is None:
            return None
        if pron in ("he", "she"):
            self.gender.setdefault(who, pron)
        note = f"'{mention}' points back to {who}, the last one the article was talking about"
        if cue is not None:
            sp = cue.sp
            return _Speaker(
                who,
                mention,
                S.ts[a],
                S.te[b],
                sp.source_type,
                sp.named,
                sp.type_reason,
                note,
                kind,
                gender,
                sp.head,
            )
        return _named_person(who, mention, S.ts[a], S.te[b], note, gender)

    def _capital_mid_sentence(self, words: str) -> bool:
        """Are ``words`` written with their capital somewhere inside a sentence ("joined
        Friends of Nature")? Then the capital belongs to a name, not to a sentence start."""
        first, _, rest = words.partition(" ")
        for pos in self._cap_positions(first):
            if (
                pos > 1
                and self.text.startswith(" " + rest, pos + len(first))
                and self.text[pos - 1] == " "
                and self.text[pos - 2] not in '.!?:\n"”'
                and not self._starts_sentence(pos)  # "MARKHAM — Residents of ..."
            ):
                return True
        return False

    def _starts_sentence(self, pos: int) -> bool:
        """Does a sentence (as the suite splits the article) start at ``pos``?"""
        k = bisect_left(self.sent_starts, pos)
        return k < len(self.sent_starts) and self.sent_starts[k] == pos

    def _member_of_group(self, S: _Sentence, a: int, b: int) -> _Speaker | None:
        """ "Three officers told the Sentinel ... Another said ...": one of the group that
        spoke in the last sentences, with the group's kind of source."""
        for c in reversed(self.attrs[-6:]):
            if S.idx - c.idx > 3:
                break
            sp = c.sp
            first, _, rest = (sp.speaker or sp.mention).partition(" ")
            if (
                b == a
                and S.low[a] == "another"
                # "Another, the club's captain Osei Brandt," (but "Another, who ...": the aside
                # describes one more of them)
                and (S.tok[a + 1 : a + 2] != [","] or S.low[a + 2 : a + 3] == ["who"])
                and first.lower() == "one"
                and sp.source_type in ("anonymous", "vague")
            ):
                # "“...,” one reviewer wrote. Another complained ...": another of the same
                rest = rest.split(",")[0].strip()
                kind = rest if rest and not rest.startswith(("who", "of ")) else ""
                who = f"another {kind}".strip()
                return self._one_of(S, a, b, c, who, f"one more like '{sp.mention}'")
            if sp.kind != "group" or sp.source_type not in ("anonymous", "vague"):
                continue
            if _COUNTED_PEOPLE.search(self.text, c.ce, S.ts[a]):
                return None  # "Residents say two men were arrested. One said ...": of the men
            word = S.low[b] if b == a else "the other"
            group = sp.speaker or ""
            head = group.split()[0].lower() if group else ""
            if group and head not in _DETS and head not in _POSS_PRONOUNS and head not in _QUANT:
                group = f"the {group}"  # "one of the nurses interviewed by the Herald"
            return self._one_of(S, a, b, c, f"{word} of {group}", f"{word} of {group}")
        return None

    def _pair_before(self, S: _Sentence, a: int) -> _Speaker | None:
        """ "Two former engineers told the Post ... Both said ...": the two unnamed people
        who spoke in the sentence before, the same source."""
        for c in reversed(self.attrs[-3:]):
            if S.idx - c.idx > 1:
                break
            sp = c.sp
            if (
                sp.source_type in ("anonymous", "vague")
                and (sp.speaker or "").lower().startswith("two ")
                # (not "Two officials said the minister had met Hale and Reid. Both said":
                # another pair named after them)
                and not _ANOTHER_PAIR.search(self.text, c.ce, S.start)
            ):
                mention = S.tok[a]
                return replace(
                    sp,
                    mention=mention,
                    start=S.ts[a],
                    end=S.te[a],
                    resolve_note=f"'{mention}' is {sp.speaker}, who spoke just before",
                    channel_hint=None,
                )
        return None

    def _one_of(self, S: _Sentence, a: int, b: int, c: _Cue, who: str, note: str) -> _Speaker:
        """Tokens a..b as ``who``, one of those who spoke in ``c``: the same kind of
        source, speaking the same way ("three officers told the Sentinel")."""
        sp = c.sp
        typ, why = sp.source_type, sp.type_reason
        if typ == "vague":
            # "Viewers flooded social media. One wrote: ...": one person of the crowd, with
            # words of their own, is someone the reporter could name
            typ = "anonymous"
            why = f"'{S.span(a, b)}' is one person, pointed at but not named, so it is anonymous"
        member = _Speaker(
            who,
            S.span(a, b),
            S.ts[a],
            S.te[b],
            typ,
            False,
            why,
            f"'{S.span(a, b)}' is {note}, who spoke just before",
            "person",
        )
        if c.channel != "unspecified":
            member.channel_hint = (c.channel, _channel_words(c, self.text))
        return member

    def _thing_before(self, S: _Sentence, pron: str, texts_only: bool = False) -> _Speaker | None:
        """ "It"/"They" opening a sentence for a text or a body of the sentence before,
        when no earlier attribution gives one. A body that acts ("The Budget Office
        studied the plan. It found ...") is the subject there; words that only a text can
        do ("It shows", "They suggest") point to the last text named ("The office
        published its crime survey. It shows ..."). The number must fit ("it" a survey,
        "they" the records). With ``texts_only``, only a text named there counts."""
        prev = self.sentences[S.idx - 1]
        if prev["part"] != S.part:
            return None
        P = _Sentence(prev, S.idx - 1, self)
        plural = pron == "they"
        verb = S.low[1] if len(S.low) > 1 else ""
        if texts_only:
            order = (self._text_named_in,)
        elif verb in _TEXT_VERBS:
            order = (self._text_named_in, self._body_subject_of)
        else:
            order = (self._body_subject_of, self._the_body_subject_of, self._text_named_in)
        if plural and not texts_only:
            # "The researchers followed 41,000 nurses. They found ...": people acting
            order = (*order, self._people_subject_of)
        for find in order:
            sp = find(P, plural)
            if sp is not None:
                return _pointed_back(sp, S)
        return None

    def _text_named_in(self, P: _Sentence, plural: bool) -> _Speaker | None:
        """The last text named in sentence P ("its annual crime survey"), as a document."""
        low, R = P.low, self.R
        for x in range(len(low) - 1, -1, -1):
            if (
                low[x] not in R.documents
                or not P.is_word(x)
                or not P.tok[x][0].islower()  # "the Budget Office" is no budget
                or low[x].endswith("s") != plural
            ):
                continue
            a = x
            while a > 0 and P.is_word(a - 1) and low[a - 1] not in _NOT_IN_NAME_OF_TEXT:
                if low[a - 1] in R.verbs or low[a - 1].endswith(("ed", "ing")):
                    break
                a -= 1
            sp = self._classify(P, a, x)
            if sp is None or sp.source_type != "document":
                return None
            if a > 0 and low[a - 1] in _POSS_PRONOUNS:
                sp.speaker = "the " + P.span(a, x)
            return sp
        return None

    def _the_body_subject_of(self, P: _Sentence, plural: bool) -> _Speaker | None:
        """The subject of sentence P when it is a body the article named before, by its kind
        ("The agency declined to comment. Its statement said ...": the agency)."""
        low = P.low
        if (
            len(low) > 2
            and low[0] == "the"
            and P.tok[1][0].islower()
            and low[1] in self.R.inst_words
            and (low[2] in self.R.verbs or low[2] in _AUX or low[2].endswith("ed"))
            and low[1].endswith("s") == plural
        ):
            sp = self._classify(P, 0, 1)
            return sp if sp is not None and sp.source_type == "institution" else None
        return None

    def _people_subject_of(self, P: _Sentence, plural: bool) -> _Speaker | None:
        """The subject of sentence P when it is a group of people who act there ("The
        researchers followed 41,000 nurses", "Scientists at Marsland University studied
        the lake"), for a "They" opening the next sentence."""
        low = P.low
        v = next(
            (
                x
                for x in range(1, min(len(low), 9))
                if low[x] in _AUX
                or low[x] in _BE
                or (low[x].endswith("ed") and P.tok[x][0].islower())
                or low[x] in _IRREGULAR_PAST
            ),
            None,
        )
        if v is None:
            return None
        # the head before any "at"/"from" phrase: "Scientists at Marsland University"
        x = next((x for x in range(v) if low[x] in ("at", "from", "in", "with")), v)
        head = x - 1
        if head < 0 or not P.is_word(head):
            return None
        word = low[head]
        if not (
            (
                word.endswith("s")
                and (_is_person_word(word[:-1]) or word.endswith(("ers", "ists", "ians", "ors")))
            )
            or word in self.R.crowd_plurals
            or word in ("people", "police")
        ):
            return None
        # not when the sentence acts on people too ("Scientists surveyed 2,000 parents.
        # They said ...": the parents, perhaps)
        for w in low[v + 1 :]:
            if (
                w in _ACTED_ON
                or w in self.R.crowd_plurals
                or (
                    w.endswith("s")
                    and (_is_person_word(w[:-1]) or w.endswith(("ers", "ists", "ians")))
                )
            ):
                return None
        sp = self._classify(P, 0, v - 1)
        if sp is None or sp.source_type not in ("anonymous", "vague", "institution"):
            return None
        return sp

    def _body_subject_of(self, P: _Sentence, plural: bool) -> _Speaker | None:
        """The subject of sentence P when it is a body or a text ("The Budget Office")."""
        tok, low = P.tok, P.low
        b = first = 1 if low and low[0] == "the" else 0
        while (
            b < len(tok)
            and P.is_word(b)
            and (tok[b][0].isupper() or (low[b] in ("of", "for", "&") and b > 0))
        ):
            b += 1
        if b == 0 or not tok[b - 1][0].isupper():
            return None  # only a body named at the start: "The Budget Office studied ..."
        if all(low[x] in _DETS or low[x] in ("neither", "either") for x in range(b)):
            return None  # "Every council", "Neither ministry": a count, not a name
        if (
            b > first
            and b + 1 < len(tok)
            and P.is_word(b)
            and low[b] in self.R.inst_words
            and tok[b - 1] not in self.R.org_endings  # "The Greenway Trust charity shop"
        ):
            nxt, after = low[b + 1], low[b + 2] if b + 2 < len(tok) else ""
            verb = (nxt in self.R.verbs and after not in _AUX and after not in _BE) or (
                nxt in _AUX or (nxt.endswith("ed") and not nxt.endswith("eed"))
            )
            if not verb:
                return None  # "The Tarnby council budget was cut": the budget is the subject
            b += 1  # "The Tarnby council published ...": the name and the body's word
        np = (0, b - 1)
        sp = self._classify(P, *np)
        if sp is None or sp.source_type not in ("institution", "document"):
            return None
        if P.low[np[1]].endswith("s") != plural and sp.source_type == "document":
            return None
        return sp

    # other kinds of cue ---------------------------------------------------------
    def _vague_phrase(self, S: _Sentence, a: int, b: int) -> _Cue | None:
        phrase = self.text[a:b]
        low = phrase.lower()
        fm = re.search(r"\bfrom\s+(.*)$", phrase, re.IGNORECASE | re.DOTALL)
        if fm:
            speaker = fm.group(1)
            mention = speaker
            reason = f"'{phrase}' puts the criticism in the mouth of an unnamed crowd, so the source is vague"
            rule = "vague group"
        else:
            speaker, mention = None, ""
            reason = (
                f"'{phrase}' states a belief without saying who holds it, so the source is vague"
            )
            rule = "claim with no one behind it"
            if low.startswith(("we ", "i ")):
                reason = f"'{phrase}' does not say who is doing the telling, so the source is vague"
        sp = _Speaker(speaker, mention, a, b, "vague", False, reason, kind="group")
        words = low.split()
        if words[-2:-1] in (["believed"], ["thought"]) and "according to" in self.low[b : S.end]:
            return None  # "is now believed to have acted alone, according to police": police's
        i, k = S.index_at(a), S.index_at(b)
        # the phrase closes the sentence after a comma ("..., it is learnt.", "..., inquest hears")
        closing = i > 0 and S.tok[i - 1] == "," and (k >= len(S.tok) or S.tok[k] == ".")
        if low.startswith(("i'm told", "i’m told")):
            aside = i > 0 and S.tok[i - 1] == "," and k < len(S.tok) and S.tok[k] == ","
            if not (aside or S.start == a):
                return None  # "When I ring the council, I'm told the matter is in hand"
        if words[-1] in ("learnt", "learned", "gathered"):
            # "It was gathered that", "It was learnt, however, that", "— from officials — that"
            that = k < len(S.tok) and (
                S.low[k] == "that" or S.tok[k] in (",", "—", "–") and "that" in S.low[k + 1 : k + 9]
            )
            if not (closing or that):
                return None  # "it was learned behaviour", "Racism is not innate; it is learned."
        if words[0] in _HEARINGS:
            # a headline's "..., inquest hears" ends it; not "The inquiry hears evidence today"
            if not closing:
                return None
            sp.channel_hint = ("briefing", phrase)
            return _Cue(rule, a, b, sp, phrase_cue=True, content=(S.start, a))
        second = words[1:2]
        if second and second[0] in _HEARINGS:
            if (
                k < len(S.tok)
                and S.low[k] not in ("that", ",", ".", "how", ":", "—")
                and not self._clause_right_after(S, k)  # "The inquest heard the boy had ..."
            ):
                return None  # "the court heard the case in May": a hearing, not a claim
            sp.channel_hint = ("briefing", phrase)  # "the court heard": said aloud in court
            # "The inquest heard that the boy had complained of headaches": what the
            # hearing heard, one source (the boy speaks only inside it)
            return _Cue(rule, a, b, sp, phrase_cue=True, content=(b, S.end))
        return _Cue(rule, a, b, sp, phrase_cue=True, embeds=False, content=(b, S.end))

    def _noun_cue(self, S: _Sentence, i: int, a: int, b: int, key: str) -> _Cue | None:
        """A statement reported as a noun: "Putin's denial that Moscow interfered"."""
        k = S.index_at(b)
        if k >= len(S.tok) or not (S.low[k] in ("that", ":") or S.q[k] == "open"):
            return None
        j = i - 1
        while (
            j >= 0
            and S.is_word(j)
            and S.tok[j][0].islower()
            and S.low[j] not in _POSS_PRONOUNS
            and not S.low[j].endswith(("’s", "'s"))
            and i - j < 3
        ):
            j -= 1  # "Putin's repeated denial"
        if j < 0 or not S.is_word(j):
            return None
        w = S.low[j]
        if w in _POSS_PRONOUNS:
            sp = self._pronoun_speaker(S, j, _POSS_PRONOUNS[w])
        elif w.endswith(("’s", "'s")):
            e = j
            s = j
            while s - 1 >= 0 and S.tok[s - 1][0].isupper() and S.is_word(s - 1):
                s -= 1
            if not S.tok[e][0].isupper() and s == e:
                np = self._np_back(S, e - 1) if e > 0 else None
                if np is None:
                    return None
                s = np[0]
            sp = self._classify_possessor(S, s, e)
        else:
            return None
        if sp is None:
            return None
        return _Cue("statement reported as a noun", a, b, sp, content=(b, S.end))

    def _classify_possessor(self, S: _Sentence, s: int, e: int) -> _Speaker | None:
        words = [_unpossessed(t) for t in S.tok[s : e + 1]]
        who, note = self._person(words) if all(w[:1].isupper() for w in words) else (None, "")
        if who and self._known_name(words[-1]):
            return _Speaker(
                who,
                S.span(s, e),
                S.ts[s],
                S.te[e],
                "named_person",
                True,
                f"{who} is a named person speaking for themselves",
                note,
                "person",
                self.gender.get(who),
            )
        sp = self._classify(S, s, e)
        if sp is not None and sp.speaker and sp.speaker.endswith(("’s", "'s")):
            sp.speaker = sp.speaker[:-2]  # "the report's conclusion": the report
        return sp

    # one entry per speaker, and words inside someone's words -------------------
    def _drop_embedded(self, S: _Sentence, cues: list[_Cue]) -> list[_Cue]:
        keep = []
        for c in cues:
            inside = False
            if c.cited:
                keep.append(c)
                continue
            lo_c = min(c.cs, c.sp.start)
            for o in cues:
                if o is c or o.content is None or not o.embeds or (c.outer and not o.outer):
                    continue
                lo, hi = o.content
                if not (lo <= c.cs < hi and lo <= c.sp.start < hi):
                    continue
                if c.sp.speaker and c.sp.speaker.casefold() == (o.sp.speaker or "").casefold():
                    continue  # the same speaker
                if c.sp.named and self.low[max(0, c.cs - 6) : c.cs].endswith(", who "):
                    continue  # "The court heard that Hale, who denies the charge, ...": his own
                # a clause of its own ("..., and his lawyer argued") is not inside
                # (looked at only when it decides: these tests have no side effects)
                before = _QUOTE_CLOSERS.sub("", self.text[max(lo, lo_c - 12) : lo_c].rstrip())
                if o.outer or not (
                    # ("a ‘cash grab,’ but the province says": the quotation mark closes
                    # the words before the comma)
                    before.endswith(_CLAUSE_JOIN)
                    # "..., with Opposition Leader Grant Sefton calling it ...": someone
                    # saying it in a clause of their own
                    or (before.endswith(", with") and c.verb is not None and c.verb.ing)
                    or _REPLY_BEFORE.search(self.text, max(lo, lo_c - 30), lo_c)
                ):
                    inside = True
                    break
            if not inside:
                keep.append(c)
        return keep

    @staticmethod
    def _share_subject(cues: list[_Cue]) -> None:
        """ "X, Y's deputy, said ... and urged ...": the second verb belongs to the nearer speaker.

        A verb whose speaker was looked up at the start of the clause ("... and urged")
        takes the speaker of an earlier saying-verb that sits between the two, so the
        sentence gives one entry for one speaker.
        """
        for c in cues:
            if not c.far_speaker:
                continue
            for d in cues:
                if d is not c and not d.far_speaker and d.ce <= c.cs and d.sp.start >= c.sp.start:
                    c.sp = d.sp
                    break

    def _merge_same_speaker(self, cues: list[_Cue]) -> list[_Cue]:
        out: list[_Cue] = []
        for c in cues:
            key = (c.sp.speaker or "").casefold()
            twin = None
            if key:  # the first cue kept so far with the same speaker
                for o in out:
                    if (o.sp.speaker or "").casefold() == key:
                        twin = o
                        break
            if twin is None:
                out.append(c)
                continue
            if twin.content and c.content:
                twin.content = (
                    min(twin.content[0], c.content[0]),
                    max(twin.content[1], c.content[1]),
                )
            twin.quotes = sorted(set(twin.quotes) | set(c.quotes))
            twin.direct = twin.direct or c.direct
            twin.merged.append(c)
        return out

    # quotations, channel, the finished entry ---------------------------------
    def _assign_quotes(self, S: _Sentence, cues: list[_Cue]) -> None:
        text = self.text
        quotes = self.quotes_in(S.start, S.end)
        if not quotes:
            return
        dl = _DATELINE.match(S.text)
        begin = S.start + (dl.end() if dl else 0)
        while begin < S.end and text[begin].isspace():
            begin += 1
        used: set = set()
        n = len(cues)
        spans = [self._anchor(c) for c in cues]
        for idx, c in enumerate(cues):
            lo, hi = spans[idx]
            prev_hi = spans[idx - 1][1] if idx else S.start
            next_lo = spans[idx + 1][0] if idx + 1 < n else S.end
            own, direct = [], False
            for o, q in quotes:  # a quotation that ends right before the speaker or verb
                if (o, q) in used or not (prev_hi <= q < lo):
                    continue
                gap = text[q + 1 : lo].strip(" ,;:—–-\u00a0\n").split()
                if (
                    not gap
                    # 'thanked supporters for "eight unforgettable years" and said': the
                    # speaker named before the quotation goes on
                    or (gap == ["and"] and c.far_speaker)
                    # '"...," organiser Shane Doyle said': a job before the name (not
                    # '"out, out, out," and striker Tom Hale said')
                    or (
                        len(gap) <= 3
                        and all(w.islower() and w not in _GAP_NOT_JOB for w in gap)
                        and self._a_person(gap[-1:])
                    )
                ):
                    own.append((o, q))
                    lead = text[begin:o].strip()
                    if o < S.start or not lead or lead.endswith(":"):
                        direct = True
                elif c.outer and c.content and c.content[0] <= o:
                    own.append((o, q))
            for o, q in quotes:  # a quotation after the verb: 'said: "..."', 'said that the "..."'
                if (o, q) in used or (o, q) in own or o < hi or o >= next_lo:
                    continue
                between = text[hi:o]
                b = between.strip()
                if (
                    c.outer
                    and not c.phrase_cue
                    and o > hi + 2
                    and not (b.endswith(",") and len(b.split()) <= 8)
                ):
                    continue  # '"A," she said, pointing at the map, "B."' is one quotation
                own.append((o, q))
                # 'said: "..."' or 'said, "We ..."': the quotation stands as a sentence of its own
                short = len(between.split()) <= 5 and "that" not in between.split()
                capital = text[o + 1 : o + 2].isupper()
                if (
                    short
                    and " as " not in f" {between} "
                    and (b.endswith(":") or capital)
                    and (not b or b.endswith((":", ",")))
                ):
                    direct = True
            own.sort()
            used.update(own)
            c.quotes = own
            c.direct = direct and bool(own)

    @staticmethod
    def _anchor(c: _Cue) -> tuple[int, int]:
        """The words of a cue and its speaker, when they stand together ("she said")."""
        if c.far_speaker:
            return c.cs, c.ce
        return min(c.cs, c.sp.start), max(c.ce, c.sp.end)

    def _other_title_before(self, sp: _Speaker, title: str) -> bool:
        """Does a job or title other than ``title`` stand right before the name of ``sp``
        ("branch secretary Paul Dent", "Chairman Ray Dunn")?"""
        pos = self.text.find(sp.speaker or "", sp.start, sp.end + 1)
        pos = sp.start if pos < 0 else pos
        before = self.low[max(0, pos - 30) : pos].split()[-1:]
        word = before[0].rstrip(",.") if before else ""
        return (
            word != title
            and word not in _HONORIFICS  # "Professor Ruth Amani": no post of her own
            and (word in self.R.title_words or word in _PERSON_NOUNS)
        )

    def _age_fits(self, who: str | None, age: str, given: bool = False) -> bool:
        """Does the article give ``who`` no other age than ``age`` ("Gavin Moore, 35,")?
        With ``given``, the article must give that age."""
        if not who:
            return not given
        ages = re.findall(re.escape(who) + r",\s+(\d{1,3}),", self.text)
        return age in ages if given else (not ages or age in ages)

    @staticmethod
    def _its_after(S: _Sentence, b: int) -> bool:
        """Does "its" follow the speaker ending at token ``b`` within a few words, before any
        word that points back to a person ("Redhawk says its plan", "Norrvik Copper said
        that its", not "Redhawk says her plan")?"""
        for w in S.low[b + 1 : b + 5]:
            if w == "its":
                return True
            if w in _PERSONAL_BACK:
                return False
        return False

    def _introduced_as_person(self, name: str) -> bool:
        """Does the article introduce a one-word name as a person ("Marta, a packer", "Tomasz,
        24,", "Marta, who ...")? Then it is someone named by first name only, not an
        organisation."""
        hit = self._person_cache.get(name)
        if hit is None:
            hit = self._person_cache[name] = self._introduced_as_person_uncached(name)
        return hit

    def _a_person(self, words: list[str]) -> bool:
        """Do the words of a description (after "a"/"an", up to a preposition or comma) name
        a person: a title ("minister"), a person noun ("mother", "striker") or a word for
        someone who does something ("pharmacist", "childminder", "editor", "historian")?"""
        for w in words:
            w = w.lower().rstrip(",.;")
            if w in _PREPS or w in _RELATIVES:
                return False
            if w in self.R.title_words or w in _PERSON_NOUNS:
                return True
            if w.endswith(("ist", "er", "or", "ian")) and w not in _NOT_PEOPLE:
                return True
        return False

    @staticmethod
    def _name_follows(words: list[str]) -> bool:
        """Is there a capitalised word among these before any preposition ("visibly tired
        Berg"; not "chemist in Brede")?"""
        for w in words:
            if w in _PREPS:
                return False
            if w[:1].isupper():
                return True
        return False

    def _introduced_as_person_uncached(self, name: str) -> bool:
        if name.lower() in _STOP or name.lower() in _DETS:
            return False
        text = self.text
        pos = text.find(name + ",")
        while pos >= 0:
            after = text[pos + len(name) + 1 : pos + len(name) + 40].split()[:4]
            first = after[0].lower() if after else ""
            if (
                _bounded(text, pos, pos + len(name))
                and after
                and (
                    first.rstrip(",").isdigit()
                    or (
                        first in ("who", "whose")
                        # not "Hoteliers, who warned": a plural the sentence opens with
                        # (not "Silas, who", "Iris, who": a name ending in s)
                        and not (
                            name.endswith("s")
                            and not name.endswith("ss")
                            and name not in self.R.gender
                            and text[pos - 2 : pos].strip() in ("", ".", "“", '"')
                            and (
                                name.lower() in self.R.crowd_plurals
                                or name.lower() in self.R.vague_subjects
                                or self._a_person([name.lower()[:-1]])
                                or _is_person_word(name.lower()[:-1])
                            )
                        )
                    )
                    # "Jonas, a pharmacist": a description of a person; not "Instead, a
                    # visibly uncomfortable Brek" or "in Tavro, a visibly irritated Halasz",
                    # where a name in the next words shows a new subject, nor "Outside, an
                    # angry crowd" or "Ostra, a fishing village"
                    or (
                        first in ("a", "an")
                        and (
                            name in self.R.gender
                            or (not self._name_follows(after[1:]) and self._a_person(after[1:]))
                        )
                    )
                )
            ):
                return True
            pos = text.find(name + ",", pos + 1)
        return False

    def _where_said_fits(self, S: _Sentence, c: _Cue, a: int, words: str) -> bool:
        """A place where words are said ("in court", "at the meeting") names the occasion of
        cue ``c`` only right after the saying-verb ("said in court", "told the meeting") or
        when it opens the sentence ("At the meeting, she said", "Speaking in parliament,
        he said"); not "said the bill would pass in parliament next year"."""
        first = words.split()[0]
        lead = self.low.rfind(first, S.start, a)  # "at" of "at the meeting", a whole word
        while lead >= 0 and not _bounded(self.low, lead, lead + len(first)):
            lead = self.low.rfind(first, S.start, lead)
        if lead < 0:
            return False
        if 0 <= lead - c.ce <= 1:
            return True
        between = _WORD.findall(self.low, c.ce, lead)
        if c.ce < lead and 0 < len(between) <= 2 and all(w in _DAY_WORDS for w in between):
            return True  # "said Tuesday on the Senate floor", "said late on Friday in court"
        before = self.text[S.start : lead].strip(" \"“‘'").split()
        return not before or (len(before) == 1 and before[0].lower().endswith(("ing", "ed")))

    def _on_outlets(self) -> list[tuple[int, str]]:
        """Where the article says "on" + a named news outlet ("on Radio Solvig"), in order."""
        if self._on_air is None:
            self._on_air = [
                (m.start(), m.group(1))
                for m in _ON_NAME.finditer(self.text)
                if not (m.start() and self.text[m.start() - 1].isalnum())
                and m.group(1).split()[0].lower() not in _WHEN_WORDS
                and self._outlet(m.group(1), "") == "named"
                and not self.quote_role(m.start())
            ]
        return self._on_air

    def _channel_hits(self) -> list[tuple[int, int, str, str]]:
        """Every channel phrase in the article: (start, end, channel, words)."""
        if self._hits is not None:
            return self._hits
        R, text, low = self.R, self.text, self.low
        hits = []
        blog_post = False
        for a, b, key in self.hits.get("channel", ()):
            seg = low[max(0, a - 40) : a]
            cut = max(seg.rfind(". "), seg.rfind("\n"), seg.rfind(", "), seg.rfind("; "))
            pre = seg[cut + 1 :].split()[-4:]
            lead = None  # the last of these words that leads into a channel ("in", "on", ...)
            for x in range(len(pre) - 1, -1, -1):
                if pre[x] in _CHANNEL_LEADS:
                    lead = x
                    break
            if lead is None:
                # "in a sharply worded written statement": four describing words between
                pre = seg[cut + 1 :].split()[-6:]
                x = len(pre) - 5
                if x >= 0 and pre[x] == "in" and all(_describes(w) for w in pre[x + 2 :]):
                    pre, lead = pre[x:], 0
                elif "of" in pre[2:] and pre[pre.index("of", 2) - 1] in _PART_OF_A_SHOW:
                    # "on Tuesday's episode of his podcast": one programme of a show
                    x = pre.index("of", 2) - 1
                    lead = next((k for k in (x - 1, x - 2) if pre[k] in ("on", "in")), None)
                    if lead is not None:
                        pre, lead = pre[lead:], 0
            if lead is None or self.quote_role(a) or "involved" in pre:
                continue  # "not involved in the study": the study is not how they spoke
            if pre[lead] == "at" and pre[lead + 1 : lead + 2] in (["least"], ["most"]):
                continue  # "at least 37 journalists": a number, not an audience
            if pre[lead] in ("with", "without") and pre[lead + 1 : lead + 2] in (
                ["little"],
                ["no"],
                ["much"],
                ["scant"],
                ["minimal"],
            ):
                continue  # "waved through with little debate": how much, not a channel
            if (
                pre[lead] == "to"
                and (
                    lead
                    and pre[lead - 1] in _LEAVE_TO
                    # "caused the meters to report readings", "asked to post": the word is a
                    # verb right after "to" (not "told to reporters", an audience)
                    or lead + 1 == len(pre)
                    and R.channel_of[key] != "briefing"
                    and " " not in key
                    or lead + 1 < len(pre)
                    and pre[lead + 1] not in _DETS
                    and pre[lead + 1] not in _POSS_PRONOUNS
                    and not pre[lead + 1][:1].isdigit()
                    and (
                        pre[lead + 1].endswith(("'s", "’s"))  # "reply to Ergen's letter"
                        or R.channel_of[key] != "briefing"  # "to publish false statements"
                        or pre[lead + 2 : lead + 3] in (["the"], ["a"], ["an"], ["its"], ["their"])
                    )
                )
            ):
                # "not authorised to brief journalists": what they may not do; "refused to
                # accept the ruling": a verb after "to", not where words went
                continue
            words = " ".join(pre[lead:]) + " " + text[a:b]
            if key == "post" and a > 0 and text[a].isupper():
                continue
            if key == "release" and (
                low.startswith(" of ", b)
                or low.endswith(" to ", 0, a)
                or pre[-1].endswith(("'s", "’s"))
                and not low.startswith((" said", " says"), b)
                and ("in" not in pre[-3:] or low.startswith(" from ", b))
                # (but "In the club's release announcing ..."; not "in Hale's release from
                # custody")
            ):
                # "on the release of the hostages", "plan to release", "to arrange the crew's
                # release": not a text
                continue
            if key == "update" and (
                pre[lead] != "in"
                or not _SOFTWARE.isdisjoint(pre)
                or not _ON_A_PLATFORM.isdisjoint(_WORD.findall(low[b : b + 30])[:4])
            ):
                # "caused by a faulty update", "in a software update": no text of theirs; "in
                # an update on Instagram": the platform says how
                continue
            if key == "notice" and (
                pre[-1] in _NOTICE_TIME or pre[-1].endswith(("'s", "’s", "s'", "s’"))
            ):
                continue  # "at an hour's notice", "at short notice": time, not a text
            ch = R.channel_of[key]
            if key == "blog post":
                blog_post = True  # "in a blog post on Tuesday ... In the post, Basketly said"
            if key == "post":
                after = low[b : b + 40].split(",")[0].split(".")[0].split()[:5]
                end = next((x for x, w in enumerate(after) if w in ("blog", "website")), None)
                if end is not None:
                    ch = "statement"  # "a post on the company's blog": the company's own pages
                    words += " " + " ".join(after[: end + 1])
                    blog_post = True
                elif blog_post and pre[-1:] == ["the"]:
                    ch = "statement"  # "wrote in the post": the blog post named before
            if (
                key in _SHOW_NOUNS
                and not (text[max(0, a - 30) : a].split() or [""])[-1][:1].isupper()
            ):
                continue  # "LTV's Tonight programme" is a broadcast; "the housing programme" is not
            if key in R.where_said and pre[lead] not in R.where_said[key]:
                continue  # "at the meeting" is where words were said; "looking forward to a meeting" is not
            if key in ("website", "web site") and hits and a - hits[-1][1] < 40:
                if hits[-1][3].split()[-1] in _WEB_NOTICES:
                    # "a notice posted on its website", "a notice on its website": a notice
                    # put out on the body's own pages is a statement like any other text there
                    hits[-1] = (*hits[-1][:2], "statement", f"{hits[-1][3]} … {words}")
                    continue
                if {"published", "posted", "put"} & set(pre):
                    continue  # "a report published on its website": the report is the channel
            hits.append((a, b, ch, words))
        for a, b, _key in self.hits.get("platform", ()):
            name = text[a:b]
            if name not in R.platform_names or self.quote_role(a):
                continue
            pre = low[max(0, a - 30) : a].split()[-3:]
            after = (low[b : b + 20].split()[:1] or [""])[0].strip(".,")
            # "Taking to Instagram, she wrote" (not "X, who took to Twitter last month, ...")
            took_to = (
                len(pre) >= 2
                and pre[-1] == "to"
                and pre[-2] in _TOOK_TO
                and pre[-3:-2] not in (["who"], ["which"], ["that"])
            )
            if (
                (pre and pre[-1] in _PLATFORM_LEADS and "on" in pre or pre[-1:] == ["on"])
                # "said in a TikTok posted on Sunday" (not "in a YouTube interview with ...")
                or pre[-2:] in (["in", "a"], ["in", "an"])
                and after not in ("interview", "interviews", "documentary", "show")
                or after in _PLATFORM_AFTER
                or took_to
            ):
                if name == "X" and not (pre[-1:] == ["on"] or after in _PLATFORM_AFTER or took_to):
                    continue
                words = " ".join(pre[-2:] if pre else []) + " " + name
                if after in _PLATFORM_PLACES and not {"in", "on"} & set(
                    low[max(0, a - 40) : a].split()[-5:]
                ):
                    continue  # "An admin of the town's Facebook group said": who, not where
                if after in _PLATFORM_FEATURES and not (
                    {"his", "her", "their", "its", "on", "to", "in"} & set(pre)
                ):
                    continue  # "Meta said Instagram Stories would carry adverts": a topic
                if after in _PLATFORM_PLACES:
                    words += " " + after  # (used only near the cue: _channel)
                hits.append((a, b, "social_media", words))
        hits.sort()
        self._hits = hits
        self._hit_starts = [h[0] for h in hits]
        return hits

    def _channel(self, S: _Sentence, c: _Cue, cues: list[_Cue]) -> tuple[str, str, bool]:
        """(channel, reason, whether the sentence itself says so) for one cue."""
        if c.sp.source_type == "document":
            return (
                "document",
                "a document speaks only in writing, so the channel is 'document'",
                True,
            )
        idx = cues.index(c)
        lo = S.start if idx == 0 else max(cues[idx - 1].ce, cues[idx - 1].sp.end)
        hi = S.end if idx + 1 == len(cues) else min(cues[idx + 1].cs, cues[idx + 1].sp.start)
        if c.sp.channel_hint:
            ch, words = c.sp.channel_hint
            return ch, f"'{words}' means the channel is {_CHANNEL_WORDS[ch]}", True
        best = None
        hits = self._channel_hits()
        asked = self._newsroom_asked(S, c)
        for k in range(bisect_left(self._hit_starts, lo), bisect_left(self._hit_starts, hi)):
            a, b, ch, words = hits[k]
            if asked is not None and a < asked.end() and " about " in self.low[asked.start() : a]:
                continue  # "Asked by News365 about the report,": what was asked about
            if a >= c.ce:
                cue_end = max(
                    (
                        d.ce
                        for d in (c, *c.merged)
                        if d.ce <= a
                        # (the speaker's own verb, not "they had read" inside what is said)
                        and (
                            d is c
                            or _CLAUSE_WORDS.isdisjoint(
                                self.low[max(0, d.cs - 12) : d.cs].split()[-1:]
                            )
                        )
                    ),
                    default=c.ce,
                )
                # (only the words after the last comma, dash or closing quotation mark count)
                tail = _CLAUSE_BREAK.split(self.low[cue_end:a])[-1].split()
                if not _CLAUSE_WORDS.isdisjoint(tail) and not _LEARNED_BY.isdisjoint(tail):
                    # what was said, not how: a clause whose own verb takes the medium
                    # ("Students say they learned of the plan from a post", "said it had
                    # removed the article from its website"); but "said it would appeal in a
                    # statement", "told me in an email": how
                    continue
            if self.low[a:b] in self.R.where_said and not self._where_said_fits(S, c, a, words):
                continue  # "Berg appeared in court on Tuesday, police said": not where police spoke
            if (
                c.sp.start <= a
                and b <= c.sp.end
                and (c.sp.source_type == "news_agency" or self.low[a:b] in _DESCRIBING_NOUNS)
            ):
                # "according to the showbiz website GlitzWire": the outlet, not a channel;
                # "a senior official in the ruling party", "a soldier at the army post":
                # words describing the speaker, not how they spoke (but "many fans on
                # social media complained" did speak there)
                continue
            lead = self.low[S.start : a].split()
            if (
                words.endswith(("group", "groups"))
                and not (
                    c.sp.start <= a <= c.sp.end
                    or c.ce <= a <= c.ce + 40
                    # "In a WhatsApp group for parents, one mother wrote": the group opens the
                    # sentence as where the words went
                    or lead[: 1 + (lead[:1] in (["but"], ["and"]))][-1:] == ["in"]
                    and "," not in self.text[S.start : a]
                    and a < c.cs
                )
            ):
                # "in a Facebook group" where the words were written, in the speaker or
                # right after the cue; not "a message in a village WhatsApp group" she read
                continue
            d = abs(a - c.cs)
            if best is None or d < best[0]:
                best = (d, ch, words.strip())
        if best:
            return best[1], f"'{best[2]}' means the channel is {_CHANNEL_WORDS[best[1]]}", True
        # the reporter reached them: in the speaker's words or an aside before the verb ("A
        # fourth player, reached by phone, insisted"), or right after the cue ("said when
        # contacted by phone"; after the speaker's name and asides only when the name follows
        # the cue, not "Police said the family, reached by phone, had been told")
        # (not "Mwangi, whose brother was reached by phone, said", nor "told the court",
        # an audience the sentence names)
        reached = None
        after_cue = _REACHED_AFTER_CUE.match(self.low, c.ce, min(S.end, c.ce + 120))
        if after_cue and (after_cue.group().startswith((" when", " after")) or c.sp.start >= c.ce):
            reached = after_cue
        aside = _REACHED_BY_PHONE.search(self.low, c.sp.start, max(c.sp.end, c.cs))
        if aside and "whose" not in self.low[c.sp.start : aside.start()].split():
            reached = reached or aside
        first = _REACHED_FIRST.match(self.low, S.start)
        if first and first.end() <= c.sp.start <= first.end() + 1:
            reached = reached or first  # (the speaker right after it, the sentence's subject)
        if (
            reached
            and c.verb is not None
            and c.verb.lemma == "tell"
            and self._told_object(S, S.index_at(c.cs))
        ):
            reached = None
        phone = reached or (
            c.verb is not None
            and c.verb.lemma in ("say", "tell")
            # ("said by phone", "told Atlas by telephone"; not "told staff by phone")
            and _BY_PHONE_AFTER.match(self.text, c.ce, min(S.end, c.ce + 40))
        )
        if phone:
            return (
                "interview",
                (
                    f"'{phone.group()}' means the reporter spoke to them, so the channel is "
                    f"{_CHANNEL_WORDS['interview']}"
                ),
                True,
            )
        if (
            c.sp.kind == "group"
            and c.sp.named
            and _is_team(c.sp)
            and c.verb is not None
            and c.verb.lemma in ("report", "write")
        ):
            # "Ines Varga and her colleagues report ...": a research team reports in its paper
            why = f"'{self.text[c.cs : c.ce]}' by a research team means its paper, a document"
            return "document", why, True
        for d in (c, *c.merged):
            v = d.verb
            if v is not None and v.channel and v.channel != "document":
                why = f"'{self.text[d.cs : d.ce]}' means the channel is {_CHANNEL_WORDS[v.channel]}"
                return v.channel, why, True
        for d in (c, *c.merged):
            v = d.verb
            if v is None or v.lemma not in ("write", "post", "comment", "reply"):
                continue
            found = list(_WORD_OR_MARK.finditer(self.low, d.ce, d.ce + 50))[:4]
            after = [m.group() for m in found]
            if (
                len(after) >= 3
                and (
                    after[0] in ("in", "under", "beneath", "below")
                    and after[2] in _WRITTEN_UNDER
                    or after[0] == "on"
                    and after[2] in ("page", "wall", "feed")
                )
                and self.text[found[2].start()].islower()  # not "wrote in the Post"
                and (len(after) == 3 or after[3] in _AFTER_WRITTEN_IN)
            ):
                after = after[:3]
                # "wrote in a comment", "wrote beneath the post", "wrote on the page"
                said = f"{self.text[d.cs : d.ce]} {' '.join(after)}"
                return (
                    "social_media",
                    f"'{said}' means the channel is {_CHANNEL_WORDS['social_media']}",
                    True,
                )
        for d in (c, *c.merged) if "online" in self.words else ():
            after = _WORD_OR_MARK.findall(self.low, d.ce, d.ce + 30)[:2]
            if (
                after[:1] == ["online"]
                and (len(after) == 1 or after[1] in _AFTER_ONLINE)
                # "said online, catalogue and store sales fell": what they said it about
                and not (d.verb is not None and d.verb.lemma == "say" and after[1:] == [","])
            ):
                # "Many viewers complained online", "wrote online that ..."
                why = f"'{self.text[d.cs : d.ce]} online' means the channel is {_CHANNEL_WORDS['social_media']}"
                return "social_media", why, True
        v = c.verb
        opener = (
            1
            if len(S.low) > 2 and S.tok[1] == "," and S.low[0] in _COURT_OPENERS
            else 2
            # "Sentencing him, Judge Strand said"
            if len(S.low) > 3
            and S.tok[2] == ","
            and S.low[0] in _COURT_OPENERS
            and S.low[1] in ("him", "her", "them")
            else 2
            # "Imposing sentence, Judge de Lacy said", "Passing sentence, ..."
            if len(S.low) > 3
            and S.tok[2] == ","
            and S.low[1] == "sentence"
            and S.low[0] in ("imposing", "passing", "handing")
            else 0
        )
        if opener and c.cs > S.ts[opener]:
            # "Sentencing, Judge Calloway told ...", "Defending, Tom Hale said ...": a court
            # report's way of saying who spoke in court
            return (
                "briefing",
                f"'{S.span(0, opener)}' opening a court report means the words were spoken "
                "in court",
                True,
            )
        if (
            len(S.low) > 4
            and S.low[0] == "addressing"
            and (
                S.low[1] in ("a", "an", "the")
                and (
                    self.R.channel_of.get(S.low[2]) == "briefing"
                    or self.R.channel_of.get(f"{S.low[2]} {S.low[3]}") == "briefing"
                    or self.R.told.get(S.low[2]) == "briefing"  # "Addressing the media,"
                )
                # "Addressing reporters in Dublin,", not "Addressing staff shortages,"
                or self.R.told.get(S.low[1]) == "briefing"
                and S.low[2] in (",", "in", "at", "on", "after", "before", "during", "outside")
            )
        ):
            # "Addressing a press conference, she said": aloud, to an audience
            said = S.span(0, 3)
            return "briefing", f"'{said}' means the channel is {_CHANNEL_WORDS['briefing']}", True
        speak = _SPEAKING & self.words  # look word by word only when the article has one
        seg = self.low[lo:hi] if speak else ""
        if speak and any(w in seg for w in speak):
            scan = range(S.index_at(lo), min(S.index_at(hi), len(S.low)) - 1)
        else:
            scan = range(0)
        for x in scan:
            # "speaking to the Courier", "talking to reporters", "..., telling reporters"
            # "..., who spoke to the Chronicle, said"
            speaking = (
                S.low[x] in _SPEAKING
                and S.low[x] not in ("telling", "interviewed")
                and S.low[x + 1] in ("to", "with")
                # "confirmed to Marquee Weekly", "revealed to the Mirror": the cue itself (not
                # "The merger, first revealed to the Echo in March, ..., the council said")
                and (
                    S.low[x] in ("speaking", "talking", "spoke", "talked")
                    or (S.low[x + 1] == "to" and any(S.ts[x] == d.cs for d in (c, *c.merged)))
                )
            ) or (
                # "Interviewed by Radio X, Hale said", "Survivors interviewed by Radio X
                # described"; not "who was interviewed by the BBC in 2019", nor inside what
                # is said ("said he had been interviewed by the BBC")
                S.low[x] == "interviewed"
                and S.low[x + 1] == "by"
                and S.ts[x] < c.cs
                and (x == 0 or S.low[x - 1] not in _BE | {"been", "being", "first", "later"})
            )
            if (
                S.low[x] == "speaking"
                and S.low[x + 1] in ("at", "during")
                and x + 3 < len(S.low)
                and S.low[x + 2] in ("a", "an", "the")
                and S.low[x + 3] not in ("home", "house", "office", "door")
                and S.low[x + 3] not in _TIME_AFTER_AT  # "Speaking at the weekend"
            ):
                # "Speaking at the launch of the report, she said": aloud, to an audience
                said = S.span(x, min(x + 4, len(S.tok) - 1))
                return (
                    "briefing",
                    f"'{said}' means the channel is {_CHANNEL_WORDS['briefing']}",
                    True,
                )
            if (
                S.low[x] == "interviewed"
                and S.low[x + 1 : x + 3] in (["for", "this"], ["for", "the"])
                and S.low[x + 4 : x + 5] != ["by"]  # "interviewed for the report by Shelter"
                and x + 3 < len(S.low)
                and S.low[x + 3] in _THIS_STORY
                and S.ts[x] < c.cs
            ):
                # "Several passengers interviewed for this article claimed": by the reporter
                said = S.span(x, x + 3)
                return "interview", f"'{said}' means the reporter interviewed them", True
            if speaking or S.low[x] == "telling":
                got = self._told_object(S, x + 1 if speaking else x)
                if got:
                    obj, ch = got
                    said = S.span(x, x + 1) if speaking else S.tok[x]
                    return ch, f"'{said} {obj}' means the channel is {_CHANNEL_WORDS[ch]}", True
        # "Asked about the memo on Radio Solvig, Brandt said": on a named outlet's air
        on_air = self._on_outlets()
        k = bisect_left(on_air, (lo, ""))
        if k < len(on_air) and on_air[k][0] < hi:
            name = on_air[k][1]
            return (
                "interview",
                f"'on {name}' means the words were given to a news outlet in an interview",
                True,
            )
        # "He said ... and told analysts that ...": the audience of either verb
        for d in (c, *c.merged):
            if d.verb is None or d.verb.lemma != "tell":
                continue
            got = self._told_object(S, S.index_at(d.cs))
            if got:
                obj, ch = got
                if ch == "interview":
                    return (
                        ch,
                        f"'told {obj}' means the words were given to a news outlet in an interview",
                        True,
                    )
                return ch, f"'told {obj}' means the channel is {_CHANNEL_WORDS[ch]}", True
        on_show = _ON_A_SHOW.match(S.text)
        if (
            on_show
            and on_show[1].lower() not in _WEEKDAYS
            and on_show[1].lower() not in _MONTHS
            and on_show[1].lower() not in self.R.platform_names
            and S.start + on_show.end() <= c.cs
            and self._a_programme(on_show[1])
        ):
            # "Speaking on Morning Brew on Thursday, the singer said": on a programme
            said = on_show.group(0)
            return (
                "interview",
                f"'{said}' means the words were given on a programme, in an interview",
                True,
            )
        online = c.sp.source_type in ("anonymous", "vague") and _ONLINE_PEOPLE.intersection(
            self.low[c.sp.start : c.sp.end].split()
        )
        if online:
            # "Some netizens questioned", "One commenter wrote": people known only online
            return (
                "social_media",
                f"'{min(online)}' are people known by what they post online, so the channel is "
                f"{_CHANNEL_WORDS['social_media']}",
                True,
            )
        if asked is not None:
            # (only when nothing else says how: not when the answer was a tweet)
            return (
                "interview",
                f"'{asked.group().rstrip(' ,')}' means a newsroom asked, so the words were "
                "given in an interview",
                True,
            )
        handle = (
            _POSTING_AS.search(self.text, c.sp.start, c.cs)
            if c.verb is None or c.verb.lemma in _SAYING_ONLINE
            else None
        )
        if handle:
            # "Another user, posting as @sparrowflat, said": known by an account online
            return (
                "social_media",
                f"'{handle.group()}' names an account online, so the channel is "
                f"{_CHANNEL_WORDS['social_media']}",
                True,
            )
        return (
            "unspecified",
            "nothing in the sentence says how it was said, so the channel is unspecified",
            False,
        )

    def _told_object(self, S: _Sentence, i: int) -> tuple[str, str] | None:
        R = self.R
        n = len(S.tok)
        k = i + 1
        e = k
        while (
            e < n
            and S.is_word(e)
            and (
                e == k
                or S.tok[e][0].isupper()  # inside a name: "told the Spill It podcast"
                and S.tok[e - 1][0].isupper()
                or S.low[e]
                not in (
                    "that",
                    "in",
                    "on",
                    "at",
                    "during",
                    "after",
                    "before",
                    "when",
                    "while",
                    "he",
                    "she",
                    "it",
                    "they",
                    "the",
                    # a time after the name: "Speaking to Goldfields Breakfast earlier"
                    "earlier",
                    "later",
                    "yesterday",
                    "today",
                    "last",
                    "this",
                )
            )
        ):
            e += 1
            if e - k > 7:  # "told a packed and sharply divided chamber"
                break
        x = k + 1 if k < n and S.low[k] in _ABOUT else k
        if x + 1 < n and S.low[x][:1].isdigit() and S.low[x + 1] in _AUDIENCES:
            # "told about 600 people in a high school gym": a counted audience
            return S.span(k, x + 1), "briefing"
        for length in range(e - k, 0, -1):
            cand = S.span(k, k + length - 1)
            bare = cand[4:] if cand.startswith("the ") else cand
            if (
                bare[:1].isupper()
                # "told dpa", "told hpa" (the agency of the dateline): written in lower case
                or (
                    length == 1 and bare.islower() and (bare in R.outlets or bare in self.learned())
                )
            ) and self._outlet(cand if cand.startswith("the ") else bare, ""):
                return cand, "interview"
            words = bare.split()
            if (bare[:1].isupper() or bare[:1].isdigit()) and (
                # "told Midlands 103", "told 2GB": a station by its frequency (not "Court 3")
                (
                    (words[-1].isdigit() or (words[-1][:1].isdigit() and words[-1][-2:].isupper()))
                    and not any(w.lower() in R.told or w.lower() in _HEARING_BODIES for w in words)
                    # not "told Room 101 staff", "told Room 4 of the centre": a place, then who
                    and (
                        k + length >= n
                        or not S.is_word(k + length)
                        or S.low[k + length] in _AFTER_STATION
                    )
                )
                # "told CBC's The Current": a newsroom's own programme
                or (words[0].endswith(("’s", "'s")) and self._outlet(_unpossessed(words[0]), ""))
            ):
                return cand, "interview"
            last = S.low[k + length - 1]
            if last in R.told and (
                # (not "told Staff Sergeant Paul Reid": a rank before a name)
                length == 1
                and not (S.tok[k][:1].isupper() and k + 1 < n and S.tok[k + 1][:1].isupper())
                or S.low[k] in _DETS
                or not S.tok[k][0].isupper()
                or R.told[last] == "interview"  # "told ABN's Morning Edition programme"
                or last in _HEARING_BODIES  # "told Kerrow Magistrates' Court"
            ):
                return cand, R.told[last]
            if cand.lower() in R.generic_outlets:
                return cand, "interview"
        return self._told_name(S, k, e)

    def _introduced_with_a_job(self, name: str) -> bool:
        """Is the person first named with a title or job before the name ("Detective
        Inspector Sarah Hughes", "Prosecutor Rachel Stein", "manager Steve Hollis")?"""
        pos = self.text.find(name)
        before = self.low[max(0, pos - 30) : pos].split()[-2:] if pos > 0 else []
        return any(w in self.R.title_words or _is_person_word(w) for w in before)

    def _credit_newsrooms(self) -> frozenset[str]:
        """Initials in a credit or byline line before the story ("Kavya Reddy | KCN |
        Updated ...", "(KCN photo: Suresh Pillai)"): the newsroom, so "told KCN" is an
        interview. (Only for "told": "VBC said" may be a broadcaster in the story.)"""
        if self._credits is None:
            names = set()
            for sent in self.sentences:
                if sent["part"] == "body":
                    break
                if sent["part"] in ("credit", "other") and _CREDIT_LINE.search(sent["text"]):
                    names.update(_CREDIT_INITIALS.findall(sent["text"]))
            self._credits = frozenset(names - _NOT_A_NEWSROOM - self.R.places)
        return self._credits

    def _told_name(self, S: _Sentence, k: int, e: int) -> tuple[str, str] | None:
        """ "told Northline that ...", "told Kestrel Sport": a name that is no person, place or
        organisation of the article is a news outlet (telling a person is rarely reported)."""
        R = self.R
        if k >= len(S.tok):
            return None  # "..., court told": nothing after the verb
        two_words = k + 1 < e and S.tok[k + 1][0].isupper()
        # "told Northline Press they"
        after = _AFTER_TOLD_NAME | _PRONOUNS.keys() if two_words else _AFTER_TOLD_NAME
        bare = True  # a name with no "the" before it
        if S.low[k] == "the" and k + 1 < len(S.tok) and S.tok[k + 1][0].isupper():
            bare = False
            k += 1  # "told the Flare the problems were old": a newspaper's name after "the"
            e = max(e, k + 1)
            while e < len(S.tok) and S.is_word(e) and S.tok[e][0].isupper():
                e += 1
            after = _AFTER_TOLD_THE_NAME
            if S.tok[k - 1] == "the":
                # the cue itself only after a name with its own "The" ("who spoke to The
                # Circuit said"; not "interviewed by the FBI said"), and a colon not after
                # initials ("told the Bugle:", not "told the FBI:")
                after = after - ({":", "said", "says"} if S.tok[k].isupper() else {"said", "says"})
        r = k
        while r < e and S.tok[r][0].isupper() and S.is_word(r):
            r += 1
        by_phone = r < len(S.tok) and _BY_PHONE_WORDS.match(self.low, S.ts[r]) is not None
        if bare and r > k and (two_words or self._newsroom_elsewhere(S.tok[k:r])):
            # "told Glitzwire: ...", "told Ledgerline she would", "told Starlet the deal had"
            # when the article shows the name as a newsroom elsewhere ("seen by Glitzwire",
            # "Starlet's request for comment"), or a name of two words or more ("told Shelf
            # Life the move was"): otherwise "told Hale: ..." or "told Okafor he would serve"
            # is a judge, a coach or a boss speaking to someone's face
            after = after | _AFTER_TOLD_BARE_NAME
        if (
            r == k + 1
            and S.tok[k] in self._credit_newsrooms()
            and (r == len(S.tok) or S.low[r] in _AFTER_TOLD_THE_NAME or by_phone)
        ):
            return S.tok[k], "interview"  # "told KCN the corporation had ..."
        if (
            r == k
            or r - k > 3
            or (
                r < len(S.tok)
                and S.low[r] not in after
                # ("over phone" only after a name known as a newsroom's, or after "the")
                and not (by_phone and "the" in after)
                # a time after a newsroom's name ("Speaking to Coastline FM earlier"; not "The
                # union told Velmora this week")
                and not (
                    S.low[r] in _TIME_AFTER_NAME
                    and (S.tok[r - 1] in self.R.outlet_words or S.tok[r - 1] in _PROGRAMME_WORDS)
                )
            )
        ):
            return None
        words = S.tok[k:r]
        name = " ".join(words)
        if (
            words[0] in R.gender
            or name in R.places
            or words[-1] in R.places
            or words[-1] in R.org_endings
            or words[-1].lower() in R.inst_words
            or self._learned_kind(name) is not None
            or (len(words) == 1 and self._surname_full(words[0]) is not None)
            or self._introduced_as_person(words[-1])
            or (len(words) == 1 and (words[0].lower(),) in R.titles)  # "told the Pope"
            or (len(words) > 1 and words[0].lower().rstrip(".") in R.title_words)  # "Judge Wilkes"
            or words[-1] in _CHAMBERS  # "told the Commons", "told the Knesset"
            or R.inst_names.search(name)
            or (words[-1].endswith("s") and self._surname_full(words[-1][:-1]) is not None)
        ):
            return None  # a person, a place, a body; "told the Hales": a family
        return name, "interview"

    def _newsroom_asked(self, S: _Sentence, c: _Cue) -> re.Match | None:
        """ "When Science Dispatch asked about the study, Ferrand acknowledged", "Asked by
        News365 about the report, Ngubane said", "The Sentinel has spoken to an official who
        says": the newsroom put the question, so the words came in an interview. The name must
        be a newsroom's: an outlet's word ends it, or the article credits it, shows it as a
        newsroom elsewhere, or has someone tell it something ("told Science Dispatch")."""
        if not (
            S.tok[0] in ("When", "Asked")
            or self.low.endswith((" to ", " with "), S.start, c.sp.start)
        ):
            return None  # (a cheap look first: most sentences open otherwise)
        m = _NEWSROOM_ASKED.match(self.text, S.start, c.sp.start + 1)
        if m is None or m.end() > c.sp.start or c.cs < m.end():
            return None
        words = next(g for g in m.groups() if g).split()
        if words[0] in ("The", "the"):
            words = words[1:]
        if not words:
            return None
        name = " ".join(words)
        if not (
            words[-1] in self.R.outlet_words
            or name in self.R.outlets
            or name in self._credit_newsrooms()
            or self._newsroom_elsewhere(words)
            or f"told {name}" in self.text
            or f"told the {name}" in self.text
        ):
            return None
        return m

    def _newsroom_elsewhere(self, words: list[str]) -> bool:
        """Does the article show the capitalised name ``words`` as a newsroom somewhere
        ("seen by Glitzwire", "did not respond to Starlet's request for comment", "Ledgerline
        could not independently verify", "Photo: KasaPost/Yaw Boateng", "Severnlea Sound
        reporter", "© 2026 Starlet Magazine")?"""
        if words[0].isupper():
            return False  # initials need a dateline or a credit line (_credit_newsrooms)
        return _newsroom_context(re.escape(" ".join(words))).search(self.text) is not None

    def _channels_from_context(self) -> None:
        """Channel rules 2-4: the same speaker nearby, the statement continued, the same words."""
        attrs = self.attrs

        def same(c, d):
            return (
                c.sp.speaker and d.sp.speaker and c.sp.speaker.casefold() == d.sp.speaker.casefold()
            )

        explicit = [d for d in attrs if d.ch_explicit and d.sp.speaker]
        for c in attrs:
            if c.ch_explicit or not c.sp.speaker:
                continue
            near = [
                d
                for d in explicit
                if d.para == c.para
                and d is not c
                and (_same_body(c.sp, d.sp) or self._named_before(d, c))
                and not _written_not_spoken(c, d)
            ]
            if near:
                d = min(near, key=lambda d: abs(d.sid - c.sid))
                c.channel = d.channel
                c.ch_reason = (
                    f"the sentence does not say how, but in the same paragraph {d.sp.speaker} speaks through "
                    f"{_CHANNEL_WORDS[d.channel]} ('{_channel_words(d, self.text)}'), so the channel is the same"
                )
        self._occasion_in_paragraph()
        for k, c in enumerate(attrs):
            if c.ch_explicit or c.channel != "unspecified" or k == 0:
                continue
            d = attrs[k - 1]
            if _written_not_spoken(c, d):
                continue  # "Mensah told reporters ... He wrote that": not the briefing's words
            if d.sid < c.sid and same(c, d) and d.channel != "unspecified" and c.sid - d.sid <= 3:
                c.channel = d.channel
                c.ch_reason = (
                    f"the sentence does not say how, but it goes on reporting what {d.sp.speaker} said in sentence "
                    f"{d.sid}, which came through {_CHANNEL_WORDS[d.channel]}"
                )
        for k, c in enumerate(attrs):
            if c.channel != "unspecified" or k + 1 >= len(attrs):
                continue
            d = attrs[k + 1]
            if (c.quotes and d.sid - c.sid > 1) or (c.verb is not None and c.verb.lemma == "tell"):
                continue
            if _written_not_spoken(c, d):
                continue  # "Delap wrote that ..." then "Delap said when contacted by phone"
            if d.ch_explicit and same(c, d) and 0 < d.sid - c.sid <= 2:
                c.channel = d.channel
                c.ch_reason = (
                    f"the sentence does not say how, but {d.sp.speaker} is reported right after, in sentence "
                    f"{d.sid}, speaking through {_CHANNEL_WORDS[d.channel]}, so the channel is taken to be the same"
                )
        self._members_of_groups()
        self._crowd_after_posts()
        self._said_in_court()
        # the same quoted words elsewhere: found with str.find, then the attribution there
        by_idx: dict[int, list[_Cue]] = {}
        owner: dict[tuple[int, int], _Cue] = {}
        memo: dict[str, list[_Cue]] = {}
        for d in attrs:
            by_idx.setdefault(d.idx, []).append(d)
            for oq in d.quotes:
                owner.setdefault(oq, d)
        for c in attrs:
            if c.channel != "unspecified" or not c.quotes:
                continue
            for o, q in c.quotes:
                frag = self.text[o + 1 : q].strip(" ,.")
                if len(frag.split()) < 2:
                    continue
                d = self._same_words_elsewhere(c, frag.lower(), by_idx, owner, memo)
                if d is not None:
                    words = frag.split()
                    shown = " ".join(words[:6]) + (" …" if len(words) > 6 else "")
                    c.channel = d.channel
                    c.ch_reason = (
                        f"the sentence does not say how, but the same words ('{shown}') are reported in sentence "
                        f"{d.sid} as coming through {_CHANNEL_WORDS[d.channel]}"
                    )
                    break
        self._summary_channels()

    def _said_in_court(self) -> None:
        """Channel rule 2 for a court report: in an article that reports a hearing ("told
        the court", "the jury heard", "in mitigation"), what the judge, a magistrate, a
        recorder or the chair of the bench says, with nothing else to say how, was said
        aloud in court ("Chair of the bench Anne Whitlock said ..."), and so are that
        person's next words in the same or the next paragraph ("She added: ..."). The
        office must be in the words that name the speaker ("Judge Martin Ross said"; not
        "said the judge had been too lenient", a neighbour's view), and it must be the
        court's own ("talent show judge", "a retired magistrate" are not). Not words
        "outside court", in a statement, or a ruling "found" in writing."""
        if _COURT_WORDS.isdisjoint(self.words) or _COURT_HEARING.search(self.text) is None:
            return  # (the words first: most articles have none, and the pattern is slow)
        in_court: dict[str, int] = {}  # who has spoken in court, and in which paragraph last
        for c in self.attrs:
            key = (c.sp.speaker or "").casefold()
            if c.channel == "briefing":
                in_court[key] = c.para
            if c.channel != "unspecified" or c.sp.source_type not in ("named_person", "anonymous"):
                continue
            sent = self.sentences[c.idx]
            words = set(_WORD.findall(self.low[sent["start"] : sent["end"]]))
            if not words.isdisjoint(_AWAY_FROM_COURT):
                continue
            if c.verb is not None and c.verb.lemma in ("find", "rule", "write"):
                continue  # "The judge found that ...": a ruling, in writing as often as aloud
            named_as = _WORD.findall(self.low[c.sp.start : c.sp.end])
            if not _COURT_ROLES.isdisjoint(named_as) and _NOT_THE_COURTS.isdisjoint(named_as):
                why = f"'{min(_COURT_ROLES.intersection(named_as))}' is who speaks in court, aloud"
            elif key and c.para - in_court.get(key, -9) <= 1:
                # "She told him: “Footballers are role models”": the magistrate again, in the
                # same paragraph or the next (not "Pellow says he is sulking" at the end)
                why = f"{c.sp.speaker} has spoken in court just before in this report"
            else:
                continue
            c.channel = "briefing"
            c.ch_reason = f"the sentence does not say how, but this is a court report and {why}"
            in_court[key] = c.para

    def _crowd_after_posts(self) -> None:
        """Channel rule 2 for a crowd: "The announcement set off a wave of angry posts in the
        parents' Facebook group. Several parents wrote that ...": the sentence just before,
        in the same paragraph or closing the one before, tells where such people were
        writing, and nobody in it is quoted."""
        hits = None
        for c in self.attrs:
            if c.channel != "unspecified" or c.sp.source_type not in ("vague", "anonymous"):
                continue
            if c.sp.kind != "group" or c.idx == 0:
                continue
            if c.verb is None or c.verb.lemma not in _WRITING_OR_COMPLAINING:
                continue  # "Several employees said", "Many in the town see": not online
            if _WORD.findall(self.low[c.ce : c.ce + 12])[:1] in (["to"], ["at"]):
                continue  # "wrote to the council", "complained at the ground": not online
            if hits is None:
                hits = self._channel_hits()
            prev = self.sentences[c.idx - 1]
            if any(d.idx == c.idx - 1 for d in self.attrs):
                continue
            lo = bisect_left(self._hit_starts, prev["start"])
            hi = bisect_left(self._hit_starts, prev["end"])
            online = [h for h in hits[lo:hi] if h[2] == "social_media"]
            if online:
                c.channel = "social_media"
                c.ch_reason = (
                    f"the sentence does not say how, but the sentence before tells where such "
                    f"people were writing ('{online[-1][3].strip()}'), so these words came "
                    f"through {_CHANNEL_WORDS['social_media']}"
                )

    def _members_of_groups(self) -> None:
        """Channel rule 3 for one of a group: "Two employees, who spoke to The Circuit on
        condition of anonymity, said ... “It was a known thing,” one of the employees
        said." One of the people who spoke a moment ago speaks the same way they did."""
        attrs = self.attrs
        for k, c in enumerate(attrs):
            sp = c.sp
            if c.channel != "unspecified" or sp.source_type not in ("anonymous", "vague"):
                continue
            m = _GROUP_MEMBER.fullmatch((sp.speaker or "").lower())
            if (
                m is None
                or m.group(1).startswith(" in ")
                or not _OTHER_KIND.isdisjoint(m.group(1).split())
            ):
                continue  # "one in five residents", "one nurse at a different hospital"
            # "the employees", "chemistry teacher", "them"; "member of the management team":
            # the words after "of" must be the group's too
            rest = m.group(1).split()
            rest = rest[1:] if rest[:1] == ["of"] else rest
            whose = (
                {w.removesuffix("s") for w in rest[rest.index("of") :]} - _NOT_A_KIND
                if "of" in rest
                else set()
            )
            kind = {w.removesuffix("s") for w in rest} - _NOT_A_KIND
            S = self.sentences[c.idx]
            for d in reversed(attrs[:k]):
                if c.sid - d.sid > 4 or c.para - d.para > 2:
                    break
                if c.para != d.para and _TIME_OPENING.match(S["text"]):
                    break  # "On Tuesday, one of the residents said": another occasion
                if d.sid == c.sid or d.sp.source_type not in ("anonymous", "vague"):
                    continue
                group = (d.sp.speaker or "").lower()
                plural = (
                    d.sp.kind == "group"
                    or group.split(" ", 1)[0] in _SMALL_COUNTS
                    or _GROUP_MEMBER.fullmatch(group)
                )
                words = {w.removesuffix("s") for w in group.split()}
                if (
                    d.channel != "unspecified"
                    and (kind & words if kind else plural)
                    and whose <= words
                ):
                    c.channel = d.channel
                    c.ch_reason = (
                        f"the sentence does not say how, but '{sp.speaker}' is one of those who spoke "
                        f"in sentence {d.sid} ({d.sp.speaker}), through {_CHANNEL_WORDS[d.channel]}, "
                        "so the channel is the same"
                    )
                break

    def _summary_channels(self) -> None:
        """Channel rule 4 for the headline and the first sentence of the story.

        A headline ("..., says council") or an opening sentence ("the council said on
        Wednesday") sums up what the story reports further down; when it does not say how
        the words came, they came the way the same speaker's words are reported below
        ("In a statement issued after the vote, the council said ...").
        """
        first_body = next((s["id"] for s in self.sentences if s["part"] == "body"), None)
        for c in self.attrs:
            if c.channel != "unspecified" or not c.sp.speaker:
                continue
            if self.sentences[c.idx]["part"] != "headline" and c.sid != first_body:
                continue
            later = next(
                (
                    d
                    for d in self.attrs
                    if d.sid > c.sid and d.ch_explicit and d.sp.speaker and _same_body(c.sp, d.sp)
                ),
                None,
            )
            if later is not None and not _written_not_spoken(c, later):
                c.channel = later.channel
                where = (
                    "headline" if self.sentences[c.idx]["part"] == "headline" else "first sentence"
                )
                c.ch_reason = (
                    f"the {where} does not say how, but it sums up what {later.sp.speaker} says further "
                    f"down, in sentence {later.sid}, through {_CHANNEL_WORDS[later.channel]}"
                )

    def _occasion_in_paragraph(self) -> None:
        """Channel rule 2 for an occasion told without a saying-verb.

        "Grigor Hale addressed the picket line through a megaphone. He said ...":
        an earlier sentence of the same paragraph names the speaker and says where
        or how they spoke, so the words that follow came the same way.
        """
        hits = None
        for c in self.attrs:
            sp = c.sp
            if c.channel != "unspecified" or not sp.speaker:
                continue
            # (a body too: "The Harbor City Mariners issued a statement Thursday. The
            # Mariners said ...", "The department later issued a statement. It said ...")
            if not sp.named and sp.source_type != "institution":
                continue
            if sp.source_type not in ("named_person", "spokesperson", "institution"):
                continue
            if hits is None:
                hits = self._channel_hits()
            para = self.parts[c.para]
            start = self.sentences[c.idx]["start"]
            if c.para > 0 and self._opens_paragraph(para["start"], start):
                # a paragraph that opens with the words: the occasion may close the one before
                # ("Hale took to Instagram on Friday.\n\n“I let you down,” he wrote.")
                para = self.parts[c.para - 1]
            lo = bisect_left(self._hit_starts, para["start"])
            hi = bisect_left(self._hit_starts, start)
            surname = sp.speaker.split()[-1]
            # a person by surname or, as tabloids write, by first name ("But Kelly put on a
            # brave face in an Instagram post")
            names = [surname]
            if sp.source_type == "named_person" and " " in sp.speaker:
                names.append(sp.speaker.split()[0])
            for a, b, ch, words in reversed(hits[lo:hi]):
                if self.low[a:b] in self.R.where_said:
                    continue  # "is due to appear in court": where, not how, someone spoke
                k = bisect_right(self.sent_starts, a) - 1
                sent = self.sentences[k]
                if not any(
                    (pos := self.text.find(name, sent["start"], sent["end"])) >= 0
                    and _bounded(self.text, pos, pos + len(name))
                    # a first name inside the sentence, not its first word nor an owner
                    # ("Chelsea issued a statement", "Georgia's governor", "Will the ...")
                    and (
                        name == surname
                        or pos > sent["start"]
                        and not self.text.startswith(("'s", "’s"), pos + len(name))
                    )
                    for name in names
                ) and not self._refers_back_to(k, sp.speaker):
                    continue
                if any(d.idx == k and d.sp.speaker != sp.speaker for d in self.attrs):
                    continue  # someone else speaks in that sentence
                c.channel = ch
                c.ch_reason = (
                    f"the sentence does not say how, but earlier in the same paragraph the article "
                    f"tells how {sp.speaker} spoke ('{words.strip()}'), so these words came "
                    f"through {_CHANNEL_WORDS[ch]} too"
                )
                break
            if c.channel == "unspecified":
                self._spoke_to_earlier(c, para["start"], start, surname)

    def _spoke_to_earlier(self, c: _Cue, lo: int, hi: int, surname: str) -> None:
        """ "Ines Callow spoke to the Marlow Post on Friday. She said ...": an earlier
        sentence of the paragraph says the speaker talked to a newsroom (an interview) or to
        reporters (a briefing), without being an attribution itself."""
        if self._spoke_hits is None:
            self._spoke_hits = list(_SPOKE_TO.finditer(self.text))
        hits = self._spoke_hits
        for m in hits[bisect_left(hits, lo, key=re.Match.start) :]:
            if m.start() >= hi:
                break
            k = bisect_right(self.sent_starts, m.start()) - 1
            sent = self.sentences[k]
            pos = self.text.find(surname, sent["start"], m.start())
            if pos < 0 and not self._refers_back_to(k, c.sp.speaker):
                continue
            obj = m.group(1)
            first = obj.split()[0].lower()
            if obj[:1].isupper() or first == "the" and obj[4:5].isupper():
                name = obj.removeprefix("the ").removeprefix("The ")
                ch = "interview" if self._outlet("the " + name, "") else None
            else:
                ch = self.R.told.get(first)
            if ch:
                c.channel = ch
                c.ch_reason = (
                    f"the sentence does not say how, but earlier in the same paragraph "
                    f"{c.sp.speaker} '{m.group().strip()}', so these words came through "
                    f"{_CHANNEL_WORDS[ch]}"
                )
                return

    def _opens_paragraph(self, para_start: int, start: int) -> bool:
        """Does the sentence at ``start`` open its paragraph, or close the quotation that
        opens it ("“I let my team down. There are no excuses,” he wrote.")?"""
        if start - para_start > 2000:
            return False  # no quotation opening a paragraph runs that long
        lead = self.text[para_start:start]
        if not lead.strip():
            return True
        return lead[:1] in '“"' and "”" not in lead and lead.count('"') <= 1

    def _named_before(self, d: _Cue, c: _Cue) -> bool:
        """Is "the company said" after "Halvorsen Pharma, the only company licensed ..., said
        in a statement" in the same paragraph the same body? Yes when it is named, then called
        by the kind of body the article gave it (its name or the words before the
        saying-verb hold "company")."""
        x, y = d.sp, c.sp
        if not (
            d.sid < c.sid
            and x.source_type == y.source_type == "institution"
            and x.named
            and not y.named
            and y.speaker.lower().startswith("the ")
            and len(y.speaker.split()) == 2
        ):
            return False
        kind = y.speaker.split()[1].lower()
        start = self.sentences[d.idx]["start"]
        return kind in self.low[start : max(d.ce, x.end)].split()

    def _refers_back_to(self, k: int, who: str) -> bool:
        """Does sentence k speak of ``who`` without the name, as the subject of its clause
        ("At a news conference, the 63-year-old had to stop", "she addressed the crowd"),
        with nobody else named? Not "police named the 17-year-old" (an object) or "the
        17-year-old striker" (someone else described), nor an age that is not theirs."""
        sent = self.sentences[k]
        low = self.low[sent["start"] : sent["end"]]
        m = _SUBJECT_REFERENCE.search(low)
        if m is None:
            return False
        ref = m.group(1)
        if ref in ("he", "she"):
            if self.gender.get(who) not in (None, ref):
                return False
        else:
            nxt = low[m.end() :].split()[:1]
            if nxt and (nxt[0] in _PERSON_NOUNS or nxt[0] in self.R.title_words):
                return False
            age = ref.split()[1].split("-")[0]
            given = re.search(re.escape(who.split()[-1]) + r", (\d{1,3}),", self.text)
            if given and given.group(1) != age:
                return False
        return all(p == who for _pos, p in self._first_people(k))

    def _same_words_elsewhere(
        self, c: _Cue, frag: str, by_idx: dict, owner: dict, memo: dict
    ) -> _Cue | None:
        """An attribution with a channel whose sentence or quotation holds these words.

        ``memo`` keeps, per fragment, the attributions at each place it occurs, in
        reading order (a long article may quote the same words many times).
        """
        cands = memo.get(frag)
        if cands is None:
            cands = memo[frag] = []
            pos = self.low.find(frag)
            while pos >= 0:
                cands += by_idx.get(bisect_right(self.sent_starts, pos) - 1, ())
                for oq in self.quotes_in(pos, pos + 1):
                    if oq in owner:
                        cands.append(owner[oq])
                pos = self.low.find(frag, pos + 1)
        for d in cands:
            if d is not c and d.channel != "unspecified" and d.sid != c.sid:
                return d
        return None

    def _result(self, c: _Cue) -> dict:
        sp = c.sp
        pieces = []
        sent = self.sentences[bisect_right(self.sent_starts, c.cs) - 1]
        s0, s1 = sent["start"], sent["end"]
        for o, q in c.quotes:
            pieces.append(self.text[max(o + 1, s0) : min(q, s1)].strip())
        kind = "indirect"
        if pieces:
            kind = "direct" if c.direct else "partial"
        cleaned = []
        for p in pieces:
            p = p.rstrip(",").strip()
            if kind == "partial":
                p = p.rstrip(".").strip()
            if p:
                cleaned.append(p)
        starts = [c.cs, sp.start] + [max(o, s0) for o, _ in c.quotes]
        ends = [c.ce, sp.end] + [min(q + 1, s1) for _, q in c.quotes]
        cue_text = self.text[c.cs : c.ce]
        return {
            "sentence": c.sid,
            "speaker": sp.speaker,
            "speaker_mention": sp.mention,
            "source_type": sp.source_type,
            "channel": c.channel,
            "quote_kind": kind,
            "cue": cue_text,
            "quote": " … ".join(cleaned) if cleaned else None,
            "named": bool(sp.named),
            "start": min(starts),
            "end": max(ends),
            "explanation": _explain(c, sp, cue_text, c.ch_reason, kind, self.text),
            "_quotes": c.quotes,
        }

    def _continuations(self, results: list[dict]) -> list[dict]:
        """Quoted sentences with no cue of their own carry on the quotation before them."""
        owned: dict[tuple[int, int], dict] = {}
        by_sid: dict[int, list[dict]] = {}
        for r in results:
            by_sid.setdefault(r["sentence"], []).append(r)
            for oq in r.get("_quotes", ()):  # (a second call sees results already done)
                owned.setdefault(oq, r)
        new: list[dict] = []
        last_direct: dict | None = None
        for sent in self.sentences:
            sid = sent["id"]
            if sent["part"] in ("credit", "copyright", "headline"):
                last_direct = None
                continue
            mine = by_sid.get(sid)
            if mine:
                # a quoted sentence right after may carry on this speaker's words
                keep = [
                    a
                    for a in mine
                    if a["quote_kind"] == "direct" or a["source_type"] in _CAN_CONTINUE
                ]
                last_direct = keep[-1] if keep else None
                continue
            qs = self.quotes_in(sent["start"], sent["end"])
            src = None
            for oq in qs:
                if oq in owned and owned[oq]["sentence"] != sid:
                    src = owned[oq]
                    break
            stext = sent["text"].lstrip()
            # (the quotation that opens the sentence runs to its end: not "'Bake Off' fans
            # will recognise ...", a title opening the reporter's own sentence)
            starts_quoted = (
                bool(qs)
                and (
                    qs[0][0] < sent["start"]
                    or (
                        stext[:1] in _OPENING_MARKS
                        and qs[0][0] == sent["end"] - len(stext)
                        # words that end inside their marks ('"...," it began.', "'Embarrassing,'
                        # was his verdict"), or run to the end; not a title or a nickname
                        # opening the reporter's sentence ("'Bake Off' fans", "'The Hammer'")
                        and (
                            self.text[qs[0][1] - 1 : qs[0][1]] in (",", ".", "?", "!", "…")
                            or qs[0][1] >= sent["end"] - 2
                        )
                    )
                )
            )
            if src is None and last_direct is not None and starts_quoted:
                src = last_direct
            if src is None or not qs:
                last_direct = None
                continue
            pieces = [
                self.text[max(o + 1, sent["start"]) : min(q, sent["end"])]
                .strip()
                .rstrip(",")
                .strip()
                for o, q in qs
            ]
            first_o = max(qs[0][0], sent["start"])
            entry = {
                "sentence": sid,
                "speaker": src["speaker"],
                "speaker_mention": "",
                "source_type": src["source_type"],
                "channel": src["channel"],
                "quote_kind": "direct",
                "cue": "continues the quote",
                "quote": " … ".join(p for p in pieces if p) or None,
                "named": src["named"],
                "start": first_o,
                "end": min(qs[-1][1] + 1, sent["end"]),
                "explanation": (
                    "Rule 'continued quote': this sentence is inside quotation marks and carries on "
                    f"the quotation of {src['speaker'] or 'the same source'} in sentence {src['sentence']}, "
                    "so the speaker, the kind of source and the channel are the same; "
                    "the words are quoted in full, so it is a direct quote."
                ),
                "_quotes": [],
            }
            new.append(entry)
            last_direct = entry
        for r in results + new:
            r.pop("_quotes", None)
        return new


# what the words show, per rule ({m}: the speaker's words, {cue}: the cue); a rule not
# listed here shows the speaker and the verb together ("'Anna Berg said' says who ...")
_EVIDENCE = {
    "according to": "'according to {m}' names where the information comes from",
    "citing": "'citing {m}' names the source the report relies on",
    "quoted as saying": "'quoted {m} as saying' passes on words {m} said to someone else",
    "quote, then saying-verb and speaker": "the words in quotation marks are followed by '{cue} {m}'",
    "quote, then speaker and saying-verb": "the words in quotation marks are followed by '{m} {cue}'",
    "saying-verb, then speaker": "'{cue} {m}' puts the speaker after the saying-verb",
    "saying-verb after a comma": (
        "'{cue}' has no speaker of its own, so it belongs to the subject of the sentence, '{m}'"
    ),
    "words attached to a post": "'{cue}' gives the words that '{m}' put with a post",
    "statement reported as a noun": "'{m} {cue}' reports a statement as a noun",
    "passive, then its source": "'{cue} {m}' names who first made the news public",
    "took to a platform": "'{m}' took to a social network to {cue}",
    "wrote to say": "'{m}' wrote in to {cue}",
    "speaker, then colon": "a headline that puts '{m}' before a colon gives the words after it as theirs",
    "headline, dash and source": "a headline that ends with a dash and '{m}' gives its words as theirs",
}


def _explain(c: _Cue, sp: _Speaker, cue: str, ch_reason: str, quote_kind: str, text: str) -> str:
    """One plain sentence: which rule, which words, why this type and channel."""
    m = sp.mention
    if c.phrase_cue:
        return f"Rule '{c.rule}': {sp.type_reason}; {ch_reason}; {_QUOTE_WORDS[quote_kind]}."
    template = _EVIDENCE.get(c.rule)
    if template is not None:
        ev = template.format(m=m, cue=cue)
    else:
        said = text[sp.start : c.ce] if sp.start < c.cs and c.cs - sp.end < 60 else f"{m} {cue}"
        ev = f"'{said}' says who is speaking"
    who = sp.speaker or m
    res = f" ({sp.resolve_note})" if sp.resolve_note else ""
    judge = ""
    if c.verb is not None and c.verb.judging:
        judge = f" ('{cue}' is not a neutral word like 'said': it hints at what the writer thinks of the claim)"
    return (
        f"Rule '{c.rule}': {ev}, so {who} is the speaker{res}; {sp.type_reason}{judge}; "
        f"{ch_reason}; {_QUOTE_WORDS[quote_kind]}."
    )


def find_attributions(
    text: str, sentences: list[dict], parts: list[dict]
) -> tuple[list[dict], list[int]]:
    """Every attributed statement in the article, and the ids of "no comment" sentences.

    Args:
        text: the article exactly as read; all offsets point into it.
        sentences: ``{"id", "part", "text", "start", "end"}`` from
            :func:`helpers.sentences.split_sentences`.
        parts: the article's anatomy from :func:`helpers.anatomy.split_parts`
            (quotations are matched within a part; credit and copyright lines are skipped).

    Returns:
        ``(attributions, no_comment)``: the report's ``attributions`` list, in
        reading order, and the ids of sentences that only say someone did not comment.
    """
    if not sentences:
        return [], []
    return _Article(text, sentences, parts).run()


def find_attributions_in(text: str) -> tuple[list[dict], list[int]]:
    """:func:`find_attributions` on a bare text, split with the suite's own anatomy and sentences.

    >>> attrs, _ = find_attributions_in('"We will win," said Jane Roe, the mayor.')
    >>> attrs[0]["speaker"], attrs[0]["quote_kind"], attrs[0]["quote"]
    ('Jane Roe', 'direct', 'We will win')
    """
    from . import anatomy, sentences

    parts = anatomy.split_parts(text)
    return find_attributions(text, sentences.split_sentences(text, parts), parts)
