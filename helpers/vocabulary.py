"""The report's closed vocabularies, in the contract's order.

Every enum the report uses is listed here once, so the summary, the widgets,
the tests and the lessons agree on spelling and order.
"""

PART_KINDS = ("headline", "caption", "credit", "dateline", "body", "copyright", "other")

SOURCE_TYPES = (
    "named_person",
    "spokesperson",
    "institution",
    "document",
    "anonymous",
    "vague",
    "news_agency",
)

CHANNELS = ("social_media", "statement", "briefing", "interview", "document", "unspecified")

QUOTE_KINDS = ("direct", "partial", "indirect")

FRAMING_CATEGORIES = (
    "loaded_language",
    "intensifier",
    "hedge",
    "doubt",
    "attribution_verb",
    "presupposition",
    "weasel",
    "scare_quote",
    "agentless_passive",
    "editorializing",
)

READABILITY_FORMULAS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
)

READABILITY_COUNTS = ("words", "sentences", "syllables")

#: the keys of one attribution, in the contract's order
ATTRIBUTION_KEYS = (
    "sentence",
    "speaker",
    "speaker_mention",
    "source_type",
    "channel",
    "quote_kind",
    "cue",
    "quote",
    "named",
    "start",
    "end",
    "explanation",
)

#: the keys of one framing cue, in the contract's order
FRAMING_KEYS = ("sentence", "text", "category", "start", "end", "explanation")
