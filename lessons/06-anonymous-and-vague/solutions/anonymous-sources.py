# The same filter, on the practice article's report.
port_attrs = port.attributions_frame()
port_attrs[port_attrs["source_type"] == "anonymous"][["sentence", "speaker", "cue"]]
