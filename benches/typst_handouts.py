#!/usr/bin/env python3
"""Times Typst, the tool a group would otherwise reach for, on the same job: N distinct
participant handouts of the same content as reelguide's, compiled to PDF by one reused
Typst compiler (the fastest way to use it), with the same typeface (DejaVu Sans).

usage: typst_handouts.py LIBRARY_DIR FONT_DIR OUT_DIR [LIMIT]
Prints: "<handouts> <seconds> <bytes>" on the last line.
"""
import pathlib
import sys
import time

import typst
import yaml


def esc(text) -> str:
    """Typst markup escaping for record text (which uses *em* and **strong**)."""
    text = str(text)
    for ch in "\\#$@<>[]_`~=-+/":
        text = text.replace(ch, "\\" + ch)
    # reelguide's **strong** and *em* map to Typst's *strong* and _em_.
    text = text.replace("**", "\u0000")
    text = text.replace("*", "_").replace("\u0000", "*")
    return text


def handout(record: dict) -> str:
    film = record.get("film", {})
    out = [
        '#set page(paper: "us-letter", margin: 0.75in, footer: context [',
        f"  #set text(8pt); {esc(record['title'])} ({record['year']}) · Discussion handout #h(1fr) Page #counter(page).display() of #counter(page).final().first()",
        "])",
        '#set text(font: "DejaVu Sans", size: 10pt, lang: "en")',
        "#set par(leading: 0.5em, justify: false)",
        "#show heading.where(level: 2): it => block(below: 0.5em, above: 1.2em, stroke: (bottom: 1pt), inset: (bottom: 2pt), width: 100%, text(13pt, it.body))",
        "#text(7pt, weight: \"bold\")[DISCUSSION HANDOUT]",
        f"#text(20pt, weight: \"bold\")[{esc(record['title'])}] #text(20pt)[({record['year']})]",
        "#grid(columns: (auto, 1fr), gutter: 3pt,",
    ]
    credits = [("Directed by", ", ".join(film.get("directors", []))), ("Written by", ", ".join(film.get("writers", [])))]
    credits.append(("Starring", ", ".join(f"{c['actor']} ({c.get('role', '')})" for c in film.get("cast", [])[:6])))
    credits.append(("Running time", f"{film.get('runtime_minutes')} minutes"))
    for label, value in credits:
        out.append(f"  text(8.5pt, fill: gray)[{esc(label)}], text(8.5pt)[{esc(value)}],")
    out.append(")")
    for r in record.get("ratings", []):
        out.append(f"#box(stroke: 0.8pt, inset: 2pt)[*{esc(r['system'])} {esc(r['rating'])}*] {esc(r.get('reason', ''))}")
    out.append("#line(length: 100%)")
    aud = record.get("audience", {})
    out.append("== Who it is for")
    out.append(f"*Recommended for ages {aud.get('min_age')} and up*\n\n{esc(aud.get('note', ''))}")
    out.append(f"== The story\n{esc(record.get('synopsis', {}).get('short', ''))}")
    out.append("== Content at a glance")
    out.append("#table(columns: (2fr, 1fr), stroke: (bottom: 0.5pt), [*Category*], [*Severity*],")
    levels = {"none": 0, "mild": 1, "moderate": 2, "severe": 3}
    for a in record.get("advisories", []):
        level = levels.get(a["severity"], 0)
        bar = "".join("■" if i < level else "□" for i in range(3))
        out.append(f"  [*{esc(a['category'])}*], [{bar} {esc(a['severity'])}],")
    out.append(")")
    out.append("== Themes")
    for t in record.get("themes", []):
        out.append(f"- *{esc(t['title'])}.* {esc(t.get('summary', ''))}")
    faith = record.get("faith")
    if faith:
        out.append("== Scripture and prayer")
        out.append(f"=== Opening prayer\n_{esc(faith.get('opening_prayer', ''))}_")
        out.append("=== Readings")
        for s in faith.get("scripture", []):
            out.append(f"- *{esc(s['ref'])}*: {esc(s.get('note', ''))}")
        out.append(f"=== Closing prayer\n_{esc(faith.get('closing_prayer', ''))}_")
    number = 0
    after = []
    for section in record.get("discussion", []):
        block = [f"== {esc(section.get('title', 'Questions'))}"]
        if section.get("at"):
            block.append(f"*Pause the film at about {esc(section['at'])}.*")
        for q in section.get("questions", []):
            number += 1
            block.append(f"+ {esc(q['text'])}")
        if section.get("when", "after") == "after":
            after.extend(block)
        else:
            out.extend(block)
    out.append("== Lines from the film")
    for q in record.get("quotes", []):
        out.append(f"#quote(attribution: [{esc(q.get('speaker', ''))}])[{esc(q['text'])}]")
    out.append("== If you liked this, try")
    for r in record.get("related", []):
        out.append(f"- *{esc(r['title'])}* ({r.get('year', '')}): {esc(r.get('why', ''))}")
    out.append("#pagebreak()")
    out.append("#text(20pt, weight: \"bold\")[After the film]")
    out.extend(after)
    out.append("== Notes")
    out.append("#for i in range(10) { v(1.5em); line(length: 100%, stroke: 0.5pt + gray) }")
    return "\n".join(out) + "\n"


def main() -> None:
    library, fonts, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
    files = sorted(library.glob("*.yaml"))[:limit]
    sources = [handout(yaml.safe_load(p.read_text(encoding="utf-8"))).encode() for p in files]
    out.mkdir(parents=True, exist_ok=True)
    compiler = typst.Compiler(font_paths=[str(fonts)], ignore_system_fonts=True)
    # Warm up on a page of its own, in all four faces, so the fonts are loaded before the
    # clock starts but no handout is already in Typst's cache.
    warm_up = '#set text(font: "DejaVu Sans")\nwarm up *bold* _italic_ *_both_*\n'
    compiler.compile(input=warm_up.encode(), format="pdf")
    total = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for i, source in enumerate(sources):
        pdf = compiler.compile(input=source, format="pdf")
        total += len(pdf)
        (out / f"handout-{i:05d}.pdf").write_bytes(pdf)
    seconds = time.perf_counter() - started
    # CPU time of every thread of this process (Typst's included), user and system.
    cpu = time.process_time() - cpu_started
    print(f"{len(sources)} {seconds:.3f} {total} {cpu:.3f}")


if __name__ == "__main__":
    main()
