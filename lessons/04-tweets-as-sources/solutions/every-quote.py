# dropna(subset=["quote"]) drops the rows that have no quoted words.
attrs = report.attributions_frame()
attrs.dropna(subset=["quote"])[["speaker", "channel", "quote"]]
