"""The one error type the library raises for bad input or a bad store."""


class ClaimlineError(Exception):
    """Something the user can fix: a bad path, file, option or database.

    The CLI prints its message as one red line and exits with code 1.
    """


def first_error(exc: object) -> str:
    """The first error of a pydantic ``ValidationError`` in one phrase: ``field.path: message``, or the
    message alone when it is about the whole input (an empty path: "Invalid JSON: …", not ": Invalid JSON")."""
    errors = exc.errors()  # type: ignore[attr-defined]
    if not errors:
        return str(exc)
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    msg = str(first.get("msg", "")).removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg
