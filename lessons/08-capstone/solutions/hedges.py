# Keep the cues whose category is "hedge".
cues = study.framing_frame()
cues[cues["category"] == "hedge"]
