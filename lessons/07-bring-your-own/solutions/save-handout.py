# The handout is one HTML file: open it in a browser and print it.
from pathlib import Path

handout = Path("my-article-handout.html")
handout.write_text(mine.to_html(), encoding="utf-8")
print("Saved", handout.resolve())
