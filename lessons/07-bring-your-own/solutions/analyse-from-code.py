# Paste your article between the triple quotes. This short example is invented.
mine = analyze(
    """Library to open on Sundays, says council

The town library will open on Sundays from next month, the council said on Monday.

"Families have asked for this for years," said Ana Silva, who chairs the library committee.
Critics say the plan may cost more than expected.""",
    name="my-article",
)
lesson.article(mine)
lesson.source_mix(mine)
