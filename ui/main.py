"""The `pos-app` command: the CLI's subcommands, or the desktop app when none is given."""

from __future__ import annotations

import argparse
import sys


def _run_gui(args: argparse.Namespace) -> int:
    from ui import launcher  # Qt is loaded only when the desktop app is wanted

    return launcher.run(args)


def main() -> None:
    from pos_app import cli

    sys.exit(cli.main(sys.argv[1:], run_gui=_run_gui))


if __name__ == "__main__":
    main()
