"""Validates model files against schema/toc-model.schema.json, as Taplo does in an editor.
Workspace files (toc-workspace.toml, *.workspace.toml) are validated against
toc-workspace.schema.json, beside the model schema.

usage: validate.py SCHEMA --accept DIR... --reject DIR...

Every .toml under an --accept folder must validate. Every .toml under a --reject folder must
not, and its first line, "# rejects: <text>", names what the schema must complain about: the
text must appear in one of the validation errors, so a file is rejected for the intended reason.
Prints one line per file; exits 1 if any file is not treated as expected.
"""
import datetime
import json
import pathlib
import sys
import tomllib

import jsonschema


def as_json(value):
    """TOML dates and times become ISO strings, as Taplo passes them to a schema."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def problems(validator, path):
    with open(path, "rb") as file:
        document = as_json(tomllib.load(file))
    return [f"{'.'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
            for error in validator.iter_errors(document)]


def expected_rejection(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# rejects: "
    if not first.startswith(prefix):
        raise SystemExit(f"{path}: the first line must be '{prefix}<text of the expected error>'")
    return first[len(prefix):]


def main(argv):
    schema_path, mode, groups = argv[1], None, {"--accept": [], "--reject": []}
    for arg in argv[2:]:
        if arg in groups:
            mode = arg
        else:
            groups[mode].append(pathlib.Path(arg))
    schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    model_validator = jsonschema.Draft4Validator(schema)
    workspace_schema = json.loads((pathlib.Path(schema_path).parent / "toc-workspace.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(workspace_schema)
    workspace_validator = jsonschema.Draft4Validator(workspace_schema)

    def validator_for(path):
        is_workspace = path.name == "toc-workspace.toml" or path.name.endswith(".workspace.toml")
        return workspace_validator if is_workspace else model_validator

    failures = 0
    for folder in groups["--accept"]:
        for path in sorted(folder.rglob("*.toml")):
            found = problems(validator_for(path), path)
            failures += bool(found)
            print(f"{'FAIL' if found else 'ok'}   accept {path}" + "".join(f"\n    {p}" for p in found))
    for folder in groups["--reject"]:
        for path in sorted(folder.rglob("*.toml")):
            expected, found = expected_rejection(path), problems(validator_for(path), path)
            ok = any(expected in problem for problem in found)
            failures += not ok
            why = "; ".join(found) if found else "the schema accepted it"
            print(f"{'ok' if ok else 'FAIL'}   reject {path}: {why}" +
                  ("" if ok else f"\n    expected an error containing: {expected}"))
    print(f"{failures} file(s) not treated as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
