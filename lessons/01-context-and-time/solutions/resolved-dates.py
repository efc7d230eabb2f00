# notna() is True where the date column holds a date (not empty).
dates = report.dates_frame()
dates[dates["date"].notna()]
