# Keep the cues whose category is "loaded_language".
frames = report.framing_frame()
frames[frames["category"] == "loaded_language"]
