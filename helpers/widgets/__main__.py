"""Check lesson data: ``python -m helpers.widgets [exercises.yml ...]`` (default: every lesson)."""

from .lessondata import main

raise SystemExit(main())
