"""The readable text summary printed by ``python -m helpers analyze PATH``."""

from __future__ import annotations

import textwrap

__all__ = ["render_text"]


def _clip(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def render_text(report) -> str:
    d = report._data
    s = d["summary"]
    body = d["readability"]["body"]
    lines = [
        f"Article: {d['source']['name']} ({d['source']['chars']} characters)",
        "",
        "Anatomy",
    ]
    for p in d["parts"]:
        lines.append(f"  {p['kind']:<10} {_clip(p['text'])}")
    lines += [
        "",
        f"Sentences: {s['sentences']}   Words: {s['words']}",
        "",
        "Readability of the body",
        f"  Flesch reading ease   {body['flesch_reading_ease']:>7.1f}  (higher is easier)",
        f"  Flesch-Kincaid grade  {body['flesch_kincaid_grade']:>7.1f}",
        f"  Gunning fog           {body['gunning_fog']:>7.1f}",
        f"  SMOG index            {body['smog_index']:>7.1f}",
        f"  Coleman-Liau          {body['coleman_liau_index']:>7.1f}",
        f"  ARI                   {body['automated_readability_index']:>7.1f}",
        f"  Dale-Chall            {body['dale_chall_readability_score']:>7.1f}",
        f"  Consensus: {body.get('text_standard', '')}",
    ]
    for w in body.get("warnings", []):
        lines.append(f"  note: {w}")
    lines += ["", f"Attributions: {s['attributions']}"]
    for a in d["attributions"]:
        who = a["speaker"] or "(nobody named)"
        lines.append(
            f"  [{a['sentence']:>2}] {who} - {a['source_type']}, {a['channel']}, "
            f"{a['quote_kind']} ({a['cue']!r})"
        )
    if s["named_share"] is not None:
        lines.append(f"  Named sources: {s['named_share']:.0%} of attributions")
    if s["no_comment"]:
        lines.append(f"  Declined to comment: sentences {s['no_comment']}")
    lines += ["", f"Framing cues: {len(d['framing'])}"]
    for f in d["framing"]:
        lines.append(f"  [{f['sentence']:>2}] {f['category']:<18} {_clip(f['text'], 40)!r}")
    lines += ["", f"Dates: {len(d['dates'])}"]
    for t in d["dates"]:
        lines.append(
            f"  [{t['sentence']:>2}] {_clip(t['text'], 30)!r} -> {t['date'] or 'unresolved'}"
        )
    return "\n".join(textwrap.shorten(x, 2000) if len(x) > 2000 else x for x in lines)
