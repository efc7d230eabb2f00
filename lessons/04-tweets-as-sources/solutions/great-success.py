# str.contains is True for every sentence whose text holds the phrase.
sents = report.sentences_frame()
sents[sents["text"].str.contains("great success")]
