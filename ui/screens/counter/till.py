"""The sale being rung up, without its widgets: scans queued and answered in order, changes
checked by the service before they are kept, and the basket quoted once the scanning stops.

A keyboard-wedge scanner types faster than the database answers, so scans wait in a queue and
go to ``sales.scan`` one at a time off the GUI thread: a hundred quick scans all land, in the
order they were made, and the screen never waits. The basket is priced (``sales.quote``) when
the queue is empty; a quote asked for an older basket is dropped.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from pos_app.domain.roles import Actor
from pos_app.domain.sale import Discount, SaleTotals
from pos_app.errors import DomainError, ItemTwiceInBasket
from pos_app.services import sales
from pos_app.services.parties import PartyView
from pos_app.services.sales import BasketLine, ScannedLine
from pos_app.services.store_db import StoreDB
from ui.errors import report_exception, user_message
from ui.screens.counter.basket_model import BasketModel, BasketRow
from ui.session import while_alive
from ui.workers import run_in_background

QUANTITY_PREFIX = re.compile(r"^(\d{1,4})\s*\*\s*(\S.*)$")
"""``3*SKU``: three of a stock line in one scan, as on most tills."""


@dataclass(frozen=True)
class ScanRequest:
    code: str
    quantity: int | None = None  # None: one (one more of a stock line already in the sale)
    hold_id: int | None = None  # selling an item on hold to its customer


class Till(QObject):
    """``scanned(ScannedLine)`` when a scan added or changed a line; ``refused(message)`` when
    a scan or a change was refused (nothing changed); ``quoted(SaleTotals | None,
    needs_manager)`` when the basket as it is now was priced (None: it is empty); ``idle`` when nothing is left to scan or price."""

    scanned = Signal(object)
    refused = Signal(str)
    quoted = Signal(object, bool)
    idle = Signal()

    def __init__(self, db: StoreDB, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.basket = BasketModel(self)
        self.sale_discount: Discount | None = None
        self.customer: PartyView | None = None
        self.totals: SaleTotals | None = None  # the quote of the basket as it is; None while due
        self.needs_manager = False
        self._queue: deque[ScanRequest] = deque()
        self._scanning = False
        self._quoting = False
        self._quote_wanted = False
        self._changing = 0
        self._sale = 0  # which sale an answer belongs to: one for a cleared sale is dropped

    # -- state -------------------------------------------------------------------------

    def busy(self) -> bool:
        """Scans or a price still on their way: the totals shown may not be final."""
        return (self._scanning or bool(self._queue) or self._quoting or self._quote_wanted
                or self._changing > 0)

    def lines(self) -> list[BasketLine]:
        return self.basket.basket_lines()

    # -- scanning ----------------------------------------------------------------------

    def scan(self, text: str, *, hold_id: int | None = None) -> None:
        """What the scanner (or the clerk) typed; ``3*CODE`` asks for three of a stock line."""
        text = (text or "").strip()
        quantity = None
        match = QUANTITY_PREFIX.match(text)
        if match:
            quantity, text = int(match.group(1)), match.group(2).strip()
        self.enqueue(ScanRequest(text, quantity, hold_id))

    def enqueue(self, request: ScanRequest) -> None:
        self._queue.append(request)
        self.totals = None
        self._pump()

    def set_quantity(self, code: str, quantity: int) -> None:
        """A stock line's quantity, checked against the stock like a scan (in the same queue)."""
        self.enqueue(ScanRequest(code, quantity))

    def _pump(self) -> None:
        while not self._scanning and self._queue:
            request = self._queue.popleft()
            row = self.basket.find(request.code)
            if row is not None and not row.is_stock:
                self._refuse(ItemTwiceInBasket(code=row.code))
                continue
            quantity = request.quantity or (row.quantity + 1 if row else 1)
            self._scanning = True
            sale = self._sale
            run_in_background(
                sales.scan, self._db, self._actor, request.code, quantity=quantity,
                hold_id=request.hold_id,
                on_done=while_alive(self, lambda line, s=sale, q=quantity: self._scanned(s, line, q)),
                on_error=while_alive(self, lambda exc, s=sale: self._scan_failed(s, exc)))
        if not self._scanning and not self._queue:
            self.request_quote()

    def _scanned(self, sale: int, line: ScannedLine, quantity: int) -> None:
        self._scanning = False
        row = self.basket.find(line.code)
        if sale != self._sale:
            pass  # scanned for a sale that was cleared meanwhile
        elif row is None:
            self.basket.add(BasketRow(line, quantity))
            self.scanned.emit(line)
        elif row.is_stock:
            self.basket.update(line.code, line=line, quantity=quantity)
            self.scanned.emit(line)
        else:  # the same item typed two ways while the first was on its way
            self._refuse(ItemTwiceInBasket(code=line.code))
        self._pump()

    def _scan_failed(self, sale: int, exc: BaseException) -> None:
        self._scanning = False
        if sale == self._sale:
            self._refuse(exc)
        self._pump()

    def _refuse(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.refused.emit(user_message(exc))
        else:  # a bug: logged with its traceback and shown; the queue goes on
            report_exception(exc)

    # -- changes the service must accept first -----------------------------------------

    def set_line_discount(self, code: str, discount: Discount | None) -> None:
        candidate = [BasketLine(b.code, b.quantity, discount if b.code == code else b.discount,
                                b.hold_id) for b in self.lines()]
        self._try(candidate, self.sale_discount,
                  lambda: self.basket.update(code, discount=discount))

    def set_sale_discount(self, discount: Discount | None) -> None:
        def keep() -> None:
            self.sale_discount = discount
            self.basket.touch()

        self._try(self.lines(), discount, keep)

    def _try(self, lines: list[BasketLine], sale_discount: Discount | None,
             keep: Callable[[], None]) -> None:
        """Price the basket as it would be; keep the change only if the service accepts it."""
        version, sale = self.basket.version, self._sale
        self._changing += 1
        self.totals = None

        def accepted(result: tuple[SaleTotals, bool]) -> None:
            self._changing -= 1
            if sale != self._sale:
                self.request_quote()
                return
            unchanged = version == self.basket.version
            keep()
            if unchanged:
                self._quote_arrived(self.basket.version, result)
            else:
                self.request_quote()

        def refused(exc: BaseException) -> None:
            self._changing -= 1
            if sale == self._sale:
                self._refuse(exc)
            self.request_quote()

        run_in_background(sales.quote, self._db, self._actor, lines, sale_discount,
                          on_done=while_alive(self, accepted), on_error=while_alive(self, refused))

    # -- changes that need no check ----------------------------------------------------

    def remove(self, row: int) -> BasketRow | None:
        gone = self.basket.remove(row)
        if gone is not None:
            self.request_quote()
        return gone

    def remove_code(self, code: str) -> None:
        self.remove(self.basket.find_row(code))

    def clear(self) -> None:
        """A new sale: no lines, no sale discount, no customer; scans still queued are dropped."""
        self._sale += 1
        self._queue.clear()
        self.basket.clear()
        self.sale_discount = None
        self.customer = None
        self.request_quote()

    # -- pricing -----------------------------------------------------------------------

    def request_quote(self) -> None:
        self._quote_wanted = True
        self.totals = None
        if not (self._quoting or self._scanning or self._queue):
            self._start_quote()

    def _start_quote(self) -> None:
        self._quote_wanted = False
        if not self.basket.rowCount():  # nothing to price: no need to ask the database
            self.totals, self.needs_manager = None, False
            self.quoted.emit(None, False)
            self._after_quote()
            return
        self._quoting = True
        version = self.basket.version

        def done(result: tuple[SaleTotals, bool]) -> None:
            self._quoting = False
            self._quote_arrived(version, result)

        def failed(exc: BaseException) -> None:
            self._quoting = False
            if version == self.basket.version:
                self._refuse(exc)  # e.g. an item sold meanwhile at another counter
            self._after_quote()

        run_in_background(sales.quote, self._db, self._actor, self.lines(), self.sale_discount,
                          on_done=while_alive(self, done), on_error=while_alive(self, failed))

    def _quote_arrived(self, version: int, result: tuple[SaleTotals, bool]) -> None:
        totals, needs_manager = result
        if version == self.basket.version and not self._quote_wanted:
            self.basket.apply_quote(totals)
            self.totals = totals
            self.needs_manager = needs_manager
            self.quoted.emit(totals, needs_manager)
        self._after_quote()

    def _after_quote(self) -> None:
        if self._quote_wanted and not (self._quoting or self._scanning or self._queue):
            self._start_quote()
        elif not self.busy():
            self.idle.emit()
