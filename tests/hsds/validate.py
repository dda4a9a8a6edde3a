#!/usr/bin/env python3
"""Validates a buurtgids HSDS export (a folder with index.json, organizations.json,
services.json and service_at_locations.json, and the tabular form: datapackage.json and
its CSV files) against the official HSDS 3.0 JSON Schemas in schema/, with the
`jsonschema` package and its format checks (uuid, date-time, email, uri). Every CSV row
is validated against its table's row schema in compiled/tabular.json, with the cells
read as the schema's types. Also checks what the schemas cannot: the API's Page fields
add up, record ids are unique, every *_id points at a record of the export, each CSV has
the columns its table requires (`tabular_required` too) and the ones datapackage.json
lists.

    python3 tests/hsds/validate.py DIR

Prints one line per problem (at most 30) and exits 1 if there is any.
"""

import csv
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA = pathlib.Path(__file__).resolve().parent / "schema"


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def validator(name, registry):
    return Draft202012Validator(
        load(SCHEMA / name),
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def main(folder):
    folder = pathlib.Path(folder)
    # The table schemas refer to each other by file name ("phone.json").
    registry = Registry().with_resources(
        (path.name, Resource(load(path), specification=DRAFT202012))
        for path in SCHEMA.glob("*.json")
    )
    checks = {
        "organizations.json": ["organization.json", "compiled/organization_list.json"],
        "services.json": [
            "service.json",
            "compiled/service_with_definitions.json",
            "compiled/service_list.json",
        ],
        "service_at_locations.json": [
            "service_at_location.json",
            "compiled/service_at_location_list.json",
        ],
    }
    # Format checks that need a package the installed jsonschema lacks are skipped by
    # it silently: make sure the ones that matter here run.
    formats = Draft202012Validator.FORMAT_CHECKER.checkers
    missing = [f for f in ("uuid", "date-time", "email", "uri") if f not in formats]
    if missing:
        sys.exit(f"jsonschema cannot check the formats {missing}: install jsonschema[format-nongpl]")

    problems = []
    root = load(folder / "index.json")
    if root.get("version") != "3.0":
        problems.append(f"index.json: version is {root.get('version')!r}, not '3.0'")
    records = {}
    counts = {}
    for file, schemas in checks.items():
        page = load(folder / file)
        contents = page.get("contents", [])
        counts[file] = len(contents)
        for key, expected in [
            ("total_items", len(contents)),
            ("size", len(contents)),
            ("empty", not contents),
        ]:
            if page.get(key) != expected:
                problems.append(f"{file}: {key} is {page.get(key)!r}, expected {expected!r}")
        ids = set()
        for n, record in enumerate(contents):
            if record.get("id") in ids:
                problems.append(f"{file}: id {record.get('id')} twice")
            ids.add(record.get("id"))
            for name in schemas:
                for error in validator(name, registry).iter_errors(record):
                    where = "/".join(str(p) for p in error.absolute_path)
                    problems.append(f"{file}: record {n} ({record.get('name', record.get('id'))}) /{where}: {error.message} [{name}]")
        records[file] = contents

    # References: a service's organisation is one of the export's organisations, a
    # service at a location names its service and the location it holds.
    organizations = {o["id"] for o in records["organizations.json"]}
    services = {s["id"] for s in records["services.json"]}
    for s in records["services.json"]:
        if "organization_id" in s and s["organization_id"] not in organizations:
            problems.append(f"services.json: {s['name']}: organization_id {s['organization_id']} is no organization")
        for nested in ("phones", "schedules", "service_areas", "contacts"):
            for item in s.get(nested, []):
                if item.get("service_id") not in (None, s["id"]):
                    problems.append(f"services.json: {s['name']}: a {nested} item names service {item['service_id']}")
    for record in records["service_at_locations.json"]:
        if record.get("service_id") not in services:
            problems.append(f"service_at_locations.json: {record['id']}: service_id names no service")
        if record.get("location", {}).get("id") != record.get("location_id"):
            problems.append(f"service_at_locations.json: {record['id']}: location_id is not its location's id")

    problems.extend(tabular(folder, registry))

    for p in problems[:30]:
        print(p)
    if problems:
        print(f"{len(problems)} problems")
        return 1
    print(
        "valid HSDS 3.0: "
        + ", ".join(f"{counts[f]} in {f}" for f in checks)
        + ", and the CSV data package"
    )
    return 0


def tabular(folder, registry):
    """The CSV data package: each row against its table's schema, and the references."""
    problems = []
    rows_of = load(SCHEMA / "compiled" / "tabular.json")["properties"]
    by_path = {t["items"]["path"]: (name, t["items"]) for name, t in rows_of.items()}
    package = load(folder / "datapackage.json")
    if package.get("profile") != "tabular-data-package":
        problems.append("datapackage.json: profile is not tabular-data-package")
    ids = {}
    tables = {}
    for resource in package.get("resources", []):
        path = resource["path"]
        if path not in by_path:
            problems.append(f"datapackage.json: {path} is no HSDS table")
            continue
        table, schema = by_path[path]
        with open(folder / path, newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
            rows = list(reader)
        listed = [field["name"] for field in resource["schema"]["fields"]]
        if header != listed:
            problems.append(f"{path}: columns {header} but datapackage.json lists {listed}")
        for column in schema.get("required", []) + schema.get("tabular_required", []):
            if column not in header:
                problems.append(f"{path}: no column {column}, which HSDS requires")
        check = Draft202012Validator(schema, registry=registry,
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
        props = schema["properties"]
        for n, row in enumerate(rows, start=2):
            typed = {}
            for key, cell in row.items():
                if cell == "":
                    continue
                kind = props.get(key, {}).get("type")
                try:
                    typed[key] = (float(cell) if kind == "number" else int(cell) if kind == "integer"
                                  else cell == "true" if kind == "boolean" else cell)
                except ValueError:
                    problems.append(f"{path}:{n}: {key} is {cell!r}, not a {kind}")
            for column in schema.get("tabular_required", []):
                if column not in typed:
                    problems.append(f"{path}:{n}: {column} is empty")
            for error in check.iter_errors(typed):
                where = "/".join(str(p) for p in error.absolute_path)
                problems.append(f"{path}:{n} /{where}: {error.message}")
            if typed.get("id") in ids.setdefault(table, set()):
                problems.append(f"{path}:{n}: id {typed.get('id')} twice")
            ids[table].add(typed.get("id"))
        tables[table] = rows
    # Every reference to another table names a row of it.
    for table, rows in tables.items():
        for n, row in enumerate(rows, start=2):
            for column, target in [("organization_id", "organization"), ("service_id", "service"),
                                   ("location_id", "location"), ("contact_id", "contact"),
                                   ("service_at_location_id", "service_at_location")]:
                value = row.get(column, "")
                if value and value not in ids.get(target, set()):
                    problems.append(f"{table}:{n}: {column} {value} is no {target} of the export")
    for table in ("organization", "service", "location", "service_at_location", "address", "schedule"):
        if not tables.get(table):
            problems.append(f"the data package has no {table} rows")
    return problems


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
