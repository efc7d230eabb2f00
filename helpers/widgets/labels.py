"""Plain-language labels the widgets put on the report's closed vocabularies.

The report speaks in enum values (``named_person``, ``loaded_language``); a
15-year-old reads "a named person" and "loaded language". These are interface
words, not answer keys: keys, hints and questions live in the lesson YAML.
The order follows :mod:`helpers.vocabulary`, and a test checks that every
value there has a label here.
"""

from __future__ import annotations

SOURCE_TYPE_LABELS = {
    "named_person": "a named person speaking for themselves",
    "spokesperson": "a spokesperson (speaks for someone else)",
    "institution": "an organisation (e.g. the White House)",
    "document": "a document (report, indictment, letter)",
    "anonymous": "an unnamed but specific source",
    "vague": "a vague group (critics, many)",
    "news_agency": "another news organisation",
}

SOURCE_TYPE_SHORT = {
    "named_person": "named person",
    "spokesperson": "spokesperson",
    "institution": "organisation",
    "document": "document",
    "anonymous": "unnamed source",
    "vague": "vague group",
    "news_agency": "news agency",
}

CHANNEL_LABELS = {
    "social_media": "social media",
    "statement": "a statement",
    "briefing": "a briefing or speech",
    "interview": "an interview",
    "document": "a document",
    "unspecified": "not said",
}

FRAMING_LABELS = {
    "loaded_language": "loaded language",
    "intensifier": "intensifier",
    "hedge": "hedge",
    "doubt": "doubt",
    "attribution_verb": "judging saying-verb",
    "presupposition": "presented as fact",
    "weasel": "nobody named",
    "scare_quote": "scare quotes",
    "agentless_passive": "hidden actor",
    "editorializing": "writer's opinion",
}

FRAMING_MEANING = {
    "loaded_language": "Words that carry a judgement, good or bad, instead of just describing.",
    "intensifier": "Words that make something sound bigger or more certain than plain words would.",
    "hedge": "Words that make a statement softer or less certain.",
    "doubt": "Words that make the reader doubt a claim before weighing it.",
    "attribution_verb": "A saying-verb other than the neutral 'said' that hints what the writer thinks of the speaker.",
    "presupposition": "A verb that treats a disputed point as a settled fact.",
    "weasel": "A claim that sounds backed by authority, but names no one.",
    "scare_quote": "Quotation marks around a word to keep a distance from it, not to quote a full statement.",
    "agentless_passive": "A sentence built so that we do not learn who did the action.",
    "editorializing": "The writer's own description of a person or reaction, not a fact anyone reported.",
}

PART_LABELS = {
    "headline": "Headline",
    "caption": "Photo caption",
    "credit": "Credit",
    "dateline": "Dateline",
    "body": "Body",
    "copyright": "Copyright",
    "other": "Other",
}

FORMULA_LABELS = {
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman-Liau",
    "automated_readability_index": "ARI",
    "dale_chall_readability_score": "Dale-Chall",
}

# What each formula counts: the reason two formulas can rank one sentence differently.
FORMULA_COUNTS = {
    "flesch_reading_ease": "words per sentence and syllables per word; higher means easier (0-100)",
    "flesch_kincaid_grade": "words per sentence and syllables per word, as a school grade",
    "gunning_fog": "words per sentence and the share of words with three or more syllables",
    "smog_index": "only the words with three or more syllables",
    "coleman_liau_index": "letters per word and sentences per word, not syllables",
    "automated_readability_index": "characters per word and words per sentence",
    "dale_chall_readability_score": "words missing from a list of words most 10-year-olds know",
}

# Higher score = harder text, except reading ease (higher = easier).
EASIER_WHEN_HIGHER = {"flesch_reading_ease"}

NOBODY = "nobody named"
CHOOSE = "(choose)"
NOT_STATED = "not stated"
YES_NO = (("Yes", "yes"), ("No", "no"))
