# na=False treats rows with no speaker as "does not contain".
attrs = report.attributions_frame()
attrs[attrs["speaker"].str.contains("Trump", na=False)]
