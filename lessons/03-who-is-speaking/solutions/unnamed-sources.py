# ~ turns True into False and back, so this keeps the rows where named is False.
attrs = report.attributions_frame()
attrs[~attrs["named"]]
