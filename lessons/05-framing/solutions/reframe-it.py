# One neutral version: the facts and the source stay, the judging words go.
mine = (
    "Trump, who has been criticised at home for how he dealt with the Russian leader, "
    "tweeted that the summit was a success."
)
analyze(mine).framing_frame()[["text", "category", "explanation"]]
