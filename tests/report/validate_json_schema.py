#!/usr/bin/env python3
"""Validates JSON documents against a JSON schema, offline.

usage: validate_json_schema.py SCHEMA DOCUMENT...

The draft is the one the schema's "$schema" names (draft 4 for SARIF 2.1.0 and reviewdog's
rdjson). A "$ref" to another file is resolved in the schema's own folder (reviewdog's schemas
refer to their neighbours); nothing is fetched from the network: a reference that leaves the
folder is an error.

Prints each violation as "DOCUMENT: $.json.path: message" and exits 1 when there is one, 0
when every document is valid, 2 on a usage error or a missing module (install the Debian package
python3-jsonschema).
"""

import json
import pathlib
import sys

try:
    import jsonschema
except ImportError as error:  # the gtest turns this into a failure naming the package
    print(f"cannot import {error.name}: install python3-jsonschema", file=sys.stderr)
    sys.exit(2)

try:  # jsonschema >= 4.18 resolves references with `referencing`; older ones with RefResolver
    import referencing
    import referencing.jsonschema
except ImportError:
    referencing = None


def local_schema(folder: pathlib.Path, uri: str):
    """The schema a reference names: the file of that name in `folder`, never the network."""
    name = uri.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    candidate = folder / name
    if not name or not candidate.is_file():
        raise LookupError(f"{uri}: no such schema in {folder} (references are resolved offline)")
    return json.loads(candidate.read_text(encoding="utf-8"))


def resolution_arguments(schema, folder: pathlib.Path) -> dict:
    """The validator's keyword arguments that resolve other files' references in `folder`."""
    if referencing is not None:
        spec = referencing.jsonschema.specification_with(
            schema.get("$schema", ""), default=referencing.jsonschema.DRAFT202012)

        def retrieve(uri: str):
            try:
                contents = local_schema(folder, uri)
            except LookupError as error:
                raise referencing.exceptions.NoSuchResource(ref=uri) from error
            return referencing.Resource.from_contents(contents, default_specification=spec)

        return {"registry": referencing.Registry(retrieve=retrieve)}

    handlers = {scheme: lambda uri: local_schema(folder, uri) for scheme in ("http", "https", "file")}
    base_uri = schema.get("$id") or schema.get("id") or (folder / "schema.json").as_uri()
    resolver = jsonschema.RefResolver(base_uri=base_uri, referrer=schema, handlers=handlers)
    return {"resolver": resolver}


def json_path(error) -> str:
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def main(argv) -> int:
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema_path = pathlib.Path(argv[1]).resolve()
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema,
                                format_checker=validator_class.FORMAT_CHECKER,
                                **resolution_arguments(schema, schema_path.parent))
    failed = False
    for document_path in argv[2:]:
        try:
            document = json.loads(pathlib.Path(document_path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"{document_path}: not JSON: {error}")
            failed = True
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            print(f"{document_path}: {json_path(error)}: {error.message}")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
