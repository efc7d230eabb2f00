# Sort by the number of words, longest first, and keep the top row.
scores = report.readability_frame()
scores.sort_values("words", ascending=False).head(1)[["text", "words"]]
