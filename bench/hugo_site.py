#!/usr/bin/env python3
"""Writes a buurtgids corpus as a Hugo site, for the side-by-side build benchmark.

    python3 bench/hugo_site.py --corpus DIR --out DIR

Every entry keeps its fields: the kind's folder becomes a Hugo section with the same
Dutch name as buurtgids uses, areas become the `wijken` taxonomy (an entry for all areas
is in every one, as a Hugo editor would tag it), references (place, organiser, contact,
organisation) stay ids that the templates in bench/peers/hugo/ look up with GetPage, so
an entry page shows the same facts as buurtgids' page. The body is copied as it is.
"""
import argparse
import os
import shutil

import yaml

SECTIONS = {"activities": "activiteiten", "services": "hulp", "places": "plekken",
            "people": "mensen", "volunteering": "vrijwilligerswerk",
            "organisations": "organisaties", "pages": "pagina"}
TITLES = {"activiteiten": "Activiteiten", "hulp": "Hulp en diensten", "plekken": "Plekken",
          "mensen": "Mensen", "vrijwilligerswerk": "Vrijwilligerswerk",
          "organisaties": "Organisaties", "pagina": "Over"}
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def read(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".md"):
        _, front, body = text.split("---\n", 2)
        return yaml.load(front, Loader=Loader) or {}, body
    return yaml.load(text, Loader=Loader) or {}, ""


def write(path, fields, body):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("---\n")
        f.write(yaml.dump(fields, Dumper=Dumper, allow_unicode=True, sort_keys=True))
        f.write("---\n")
        f.write(body)


def convert(corpus, out):
    if os.path.exists(out):
        shutil.rmtree(out)
    here = os.path.dirname(os.path.abspath(__file__))
    peer = os.path.join(here, "peers", "hugo")
    shutil.copy(os.path.join(peer, "hugo.toml"), os.path.join(os.makedirs(out) or out, "hugo.toml"))
    shutil.copytree(os.path.join(peer, "layouts"), os.path.join(out, "layouts"))
    content = os.path.join(corpus, "content")
    areas = sorted(f.rsplit(".", 1)[0] for f in os.listdir(os.path.join(content, "areas")))
    for name in sorted(os.listdir(os.path.join(content, "areas"))):
        fields, body = read(os.path.join(content, "areas", name))
        fields["title"] = fields.pop("name")
        write(os.path.join(out, "content", "wijken", name.rsplit(".", 1)[0], "_index.md"), fields, body)
    for folder, section in SECTIONS.items():
        write(os.path.join(out, "content", section, "_index.md"), {"title": TITLES[section]}, "")
        for name in sorted(os.listdir(os.path.join(content, folder))):
            fields, body = read(os.path.join(content, folder, name))
            if "name" in fields:
                fields["title"] = fields.pop("name")
            listed = fields.pop("areas", None)
            if listed == "all":
                fields["wijken"] = areas
            elif listed:
                fields["wijken"] = listed
            for key in ("reviewed", "valid_until", "valid_from"):
                if key in fields:
                    fields[key] = str(fields[key])
            for s in fields.get("schedule", []) + fields.get("opening_hours", []) + fields.get("office_hours", []):
                for key in ("from", "until"):
                    if key in s:
                        s[key] = str(s[key])
                if "dates" in s:
                    s["dates"] = [str(d) for d in s["dates"]]
            write(os.path.join(out, "content", section, name.rsplit(".", 1)[0] + ".md"), fields, body)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", required=True)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    convert(a.corpus, a.out)


if __name__ == "__main__":
    main()
