# True counts as 1 and False as 0, so the sum is the number of body rows.
parts = report.parts_frame()
(parts["kind"] == "body").sum()
