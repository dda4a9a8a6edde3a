#!/usr/bin/env python3
"""Validates content files, given as JSON, against the JSON Schemas `buurtgids schema`
writes, with the `jsonschema` package.

    python3 tests/schema/validate.py SCHEMA_DIR DOCS.json

DOCS.json is a list of {"file": ..., "kind": ..., "data": {...}}. Prints one line per
file: `ok FILE` or `invalid FILE: reason`. Exits 0 when it could check them all.
"""

import json
import pathlib
import sys

from jsonschema.validators import validator_for


def main(schema_dir, docs_file):
    schemas = {}
    for path in pathlib.Path(schema_dir).glob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        # The draft the schema names in `$schema` (buurtgids writes draft 7).
        cls = validator_for(schema)
        cls.check_schema(schema)
        schemas[path.name.split(".")[0]] = cls(schema)
    for doc in json.loads(pathlib.Path(docs_file).read_text(encoding="utf-8")):
        errors = list(schemas[doc["kind"]].iter_errors(doc["data"]))
        if errors:
            where = "/".join(str(p) for p in errors[0].absolute_path)
            print(f"invalid {doc['file']}: /{where}: {errors[0].message}")
        else:
            print(f"ok {doc['file']}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
