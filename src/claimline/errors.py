"""The one error type the library raises for bad input or a bad store."""


class ClaimlineError(Exception):
    """Something the user can fix: a bad path, file, option or database.

    The CLI prints its message as one red line and exits with code 1.
    """
