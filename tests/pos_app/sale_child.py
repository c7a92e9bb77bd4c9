"""A till in a process of its own, for the crash and race tests: it logs in at a counter and
sells the codes it is given one by one, printing each outcome as one line.

    python tests/pos_app/sale_child.py URL COUNTER_ID PIN CODES_FILE [--kill-chance P --seed S]
        [--wait-for FILE]

With --kill-chance it SIGKILLs itself, with that chance, after any flush of a sale's
transaction, so the crash lands between the statements of a commit and not only between sales.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import event
from sqlalchemy.orm import Session

from pos_app.domain.sale import Tender
from pos_app.errors import DomainError
from pos_app.services import sales, users
from pos_app.services.store_db import open_store


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("counter_id", type=int)
    parser.add_argument("username")
    parser.add_argument("pin")
    parser.add_argument("codes")
    parser.add_argument("--kill-chance", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--wait-for", default="")
    args = parser.parse_args()
    db = open_store(args.url, upgrade=False)
    actor = users.login(db, args.username, args.pin, args.counter_id)
    rng = random.Random(args.seed)
    if args.kill_chance:
        @event.listens_for(Session, "after_flush")
        def _maybe_die(session, context) -> None:
            if rng.random() < args.kill_chance:
                os.kill(os.getpid(), signal.SIGKILL)
    codes = Path(args.codes).read_text().split()
    print("READY", flush=True)
    if args.wait_for:
        while not Path(args.wait_for).exists():
            time.sleep(0.001)
    for code in codes:
        try:
            totals, _ = sales.quote(db, actor, [sales.BasketLine(code)])
            record = sales.commit_sale(db, actor, [sales.BasketLine(code)],
                                       [Tender("cash", totals.total)])
            print("SOLD", code, record.number, flush=True)
        except DomainError as refused:
            print("REFUSED", code, type(refused).__name__, refused.message, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
