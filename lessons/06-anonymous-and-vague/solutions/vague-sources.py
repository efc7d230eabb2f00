# Keep the attributions whose source type is "vague".
attrs = report.attributions_frame()
attrs[attrs["source_type"] == "vague"]
