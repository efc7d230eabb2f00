# Keep the sentences whose part is "caption".
sents = report.sentences_frame()
sents[sents["part"] == "caption"]
