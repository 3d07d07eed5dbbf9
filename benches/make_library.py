#!/usr/bin/env python3
"""Writes N realistic records for the benchmark, made from the shipped guides.

Each record is a shipped guide with its own title and slug, its questions shuffled
within their sections, and its related-guide links pointing at other generated records,
so the library is as varied and as linked as a real one.

With --copies, the library is N copies of never-let-me-go.yaml as it ships, each a
file of its own whose three related-guide links name films not in the folder: a library
that warns three times per record, as a copied one does.

usage: make_library.py GUIDES_DIR OUT_DIR N [--copies]
"""
import copy
import pathlib
import random
import sys

import yaml


def copies(guides: pathlib.Path, out: pathlib.Path, count: int) -> None:
    text = (guides / "never-let-me-go.yaml").read_text(encoding="utf-8")
    assert text.count("guide: ") == 3, "never-let-me-go.yaml no longer links three guides"
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (out / f"copy-{i:05d}.yaml").write_text(text.replace("\nslug: never-let-me-go\n", "\n"), encoding="utf-8")


def main() -> None:
    guides, out, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    if "--copies" in sys.argv[4:]:
        copies(guides, out, count)
        return
    bases = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(guides.glob("*.yaml"))]
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        record = copy.deepcopy(bases[i % len(bases)])
        rng = random.Random(i)
        record["title"] = f"{record['title']}, evening {i + 1}"
        record.pop("slug", None)
        for section in record.get("discussion", []):
            rng.shuffle(section["questions"])
        for related in record.get("related", []):
            if "guide" in related:
                related["guide"] = f"film-{(i + 1) % count:05d}"
        text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)
        (out / f"film-{i:05d}.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
