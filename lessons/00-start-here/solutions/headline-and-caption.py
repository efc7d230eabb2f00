# Keep only the rows whose kind is "headline" or "caption".
parts = report.parts_frame()
parts[parts["kind"].isin(["headline", "caption"])]
