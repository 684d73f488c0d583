"""`scangate hook`: `scangate run` as pre-commit calls it (see `hook_argv`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scangate.errors import UsageError


def hook_argv(args: list[str], run_params: Iterable[Any]) -> list[str]:
    """`scangate hook OPTIONS... FILES...` (as pre-commit calls it) -> `run OPTIONS -- FILES`.

    pre-commit appends the user's `args:` and then the file names to the hook's
    entry, with no `--` between them; a `--` in the entry would turn `args:` into
    file names. So the options are taken here: leading words that are exactly one
    of `run`'s options (a value-taking one takes the next word too; the `--opt=value`
    form is not accepted, so a file called `--config=x.py` stays a file), the rest
    are files. pre-commit only passes files the hook's `types`/`files` select
    (`*.py`, requirements and lock files), so no file name equals an option.
    """
    takes_value: dict[str, bool] = {}
    for param in run_params:  # click's Parameters (typer may vendor its own click)
        if param.param_type_name == "option":
            for name in (*param.opts, *param.secondary_opts):
                takes_value[name] = not param.is_flag
    i = 0
    options: list[str] = []
    while i < len(args):
        word = args[i]
        if word == "--":
            i += 1
            break
        if word not in takes_value:
            break
        options.append(word)
        if takes_value[word]:
            if i + 1 >= len(args):
                raise UsageError(f"hook: option {word} needs a value")
            options.append(args[i + 1])
            i += 1
        i += 1
    return ["run", *options, "--", *args[i:]]
