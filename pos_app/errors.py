"""Domain errors: each carries an English message template and its parameters.

The template is the translation key; the UI translates it (context "DomainError") and
fills in the parameters, so a clerk reads the message in their own language.
"""
from __future__ import annotations


class DomainError(Exception):
    """A rule of the store was broken; nothing was changed."""

    template = "The action could not be completed."

    def __init__(self, template: str | None = None, **params: object) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(DomainError):
    """Input that cannot be accepted (bad amount, bad code, missing field)."""


class InvalidAmount(ValidationError):
    template = "“{text}” is not a valid amount."


class InvalidItemCode(ValidationError):
    template = "“{code}” is not a valid item code."


class NotFound(DomainError):
    template = "{what} “{key}” was not found."


class IllegalTransition(DomainError):
    template = "Item {code} cannot go from “{from_state}” to “{to_state}”."


class ConcurrentChange(DomainError):
    template = "Item {code} was changed at another counter; reload it and try again."


class PermissionDenied(DomainError):
    template = "Your role ({role}) may not {action}. Ask a manager to authorise it."


class AuthenticationFailed(DomainError):
    template = "Wrong user name or PIN. {remaining} attempts left before the account is locked."


class AccountLocked(DomainError):
    template = "This account is locked after too many wrong PINs. Try again after {until}."


class SchemaTooNew(DomainError):
    template = (
        "This database was written by a newer version of Circular POS (schema {found}). "
        "Install the newer version; the database was left untouched."
    )


class DatabaseRefused(DomainError):
    template = "The database at {path} cannot be used."


class NetworkShareRefused(DatabaseRefused):
    template = (
        "The database {path} is on a network share. SQLite needs the file on this computer's "
        "own disk; use PostgreSQL for several counters."
    )


class InMemoryRefused(DatabaseRefused):
    template = "An in-memory database would lose every sale on exit; give a file or a server."


class AlreadyInitialised(DomainError):
    template = "This store database is already set up."


class AmountEmpty(InvalidAmount):
    template = "No amount was entered; type an amount such as {example}."


class AmountMalformed(InvalidAmount):
    template = "“{text}” is not an amount; type it like {example}."


class AmountTooPrecise(InvalidAmount):
    template = "“{text}” has more decimal places than {currency} allows ({places})."


class AmountNegative(InvalidAmount):
    template = "“{text}” is negative; enter an amount of zero or more."


class AmountTooLarge(InvalidAmount):
    template = "“{text}” is too large; the largest amount accepted is {limit}."


class InvalidStoreCode(ValidationError):
    template = (
        "“{code}” is not a valid store code; use 2 to 6 letters and digits "
        "starting with a letter, such as SH01."
    )


class ItemCodeMistyped(InvalidItemCode):
    template = "“{code}” fails its check character, so it was mistyped or misread; scan again."


class InvalidImei(ValidationError):
    template = "“{text}” is not an IMEI; an IMEI is 15 digits, on the box or shown by dialling *#06#."


class ImeiEmpty(InvalidImei):
    template = "No IMEI was entered; type the 15 digits or scan the box."


class ImeiNotDigits(InvalidImei):
    template = "“{text}” may contain only digits; an IMEI is 15 digits."


class ImeiWrongLength(InvalidImei):
    template = "“{text}” has {count} digits; an IMEI has 15."


class ImeiSvRefused(InvalidImei):
    template = (
        "“{text}” has 16 digits, so it is an IMEISV (IMEI and software version); "
        "enter the 15-digit IMEI from the box or from *#06#."
    )


class ImeiCheckDigit(InvalidImei):
    template = "“{text}” has a wrong check digit; type it again or scan the box."


class InvalidSerial(ValidationError):
    template = (
        "“{text}” is not a serial number; a serial number is 4 to 40 letters, digits, "
        "dashes or slashes."
    )


class SerialEmpty(InvalidSerial):
    template = "No serial number was entered; type it or scan it."


class InvalidIdNumber(ValidationError):
    template = "“{text}” is not a valid ID number."


class IdNumberEmpty(InvalidIdNumber):
    template = "Enter the ID number."


class ResidentIdWrongLength(InvalidIdNumber):
    template = "“{text}” has {count} characters; a resident identity card number has 18."


class ResidentIdMalformed(InvalidIdNumber):
    template = (
        "“{text}” is not a resident identity card number; it is 17 digits followed by "
        "a digit or X."
    )


class ResidentIdCheckCharacter(InvalidIdNumber):
    template = (
        "“{text}” has a wrong check character (the last one); compare it with the card "
        "and type it again."
    )


class ResidentIdBirthDate(InvalidIdNumber):
    template = "“{text}” holds no real date of birth; compare it with the card and type it again."


class ResidentIdRegion(InvalidIdNumber):
    template = (
        "“{text}” starts with no known region code; compare it with the card and type it again."
    )


class SecretKeyProblem(DomainError):
    """The key file that protects ID numbers cannot be used; ID numbers stay unreadable."""

    template = "The key that protects ID numbers ({path}) cannot be used."


class SecretKeyMissing(SecretKeyProblem):
    template = (
        "The key that protects ID numbers is missing ({path}). Copy the key file from another "
        "counter of this store; without it no ID number can be read or found."
    )


class SecretKeyDamaged(SecretKeyProblem):
    template = (
        "The key that protects ID numbers ({path}) is damaged. Restore it from a backup or "
        "copy it from another counter of this store."
    )


class SecretKeyWrong(SecretKeyProblem):
    template = (
        "The key that protects ID numbers ({path}) is not the one this ID number was saved "
        "with. Copy the key file from the store's first counter."
    )


class StolenListLineError(ValidationError):
    """One bad line of a stolen-device list; `problem` is that line's own DomainError."""

    template = "Line {line} of the file: {problem} Nothing was imported."


class DiscountNegative(ValidationError):
    template = "A discount cannot be negative; enter an amount or percentage of zero or more."


class DiscountPercentOutOfRange(ValidationError):
    template = "A discount of {value}% is not possible; enter a percentage from 0 to 100."


class QuantityInvalid(ValidationError):
    template = "The quantity of {code} must be a whole number of 1 or more; type it again."


class LineDiscountTooLarge(ValidationError):
    template = (
        "The discount on {code} ({discount}) is more than its price ({price}); "
        "lower the discount."
    )


class SaleDiscountTooLarge(ValidationError):
    template = (
        "The sale discount ({discount}) is more than the sale comes to after line "
        "discounts ({net}); lower the discount."
    )


class TenderNotPositive(ValidationError):
    template = "A payment must be more than zero; type the amount received."


class CardReferenceMissing(ValidationError):
    template = "Enter the reference number from the card terminal's slip for this card payment."


class MobileReferenceMissing(ValidationError):
    template = (
        "Enter the transaction number shown for this WeChat Pay or Alipay payment "
        "on the terminal or the customer's phone."
    )


class TransferReferenceMissing(ValidationError):
    template = "Enter the bank transfer's reference number for this payment."


class SaleUnderpaid(ValidationError):
    template = "The payments come to {paid}; {due} is still due. Take the rest or cancel the sale."


class NonCashOverpaid(ValidationError):
    template = (
        "The card, mobile, transfer, store credit and voucher payments ({paid}) come to more than "
        "the {total} due; lower them. Change is given only in cash."
    )


class ConsignorShareInvalid(ValidationError):
    template = "A consignor's share of {value}% is not possible; it must be from 0 to 100."


class ConsignmentFeeNegative(ValidationError):
    template = "A consignment fee cannot be negative; enter zero or more."


class UnknownCode(NotFound):
    template = ("No item or stock line has the code “{code}”; check the label, or search by "
                "brand or model.")


class ItemNotForSale(ValidationError):
    """The base of every refusal at scan time: the item stays where it is."""


class ItemAlreadySold(ItemNotForSale):
    template = ("Item {code} was already sold (receipt {receipt}); set it aside and ask a manager "
                "to check its history.")


class ItemReservedOnline(ItemNotForSale):
    template = "Item {code} is reserved for an online order; put it aside for the pick-up."


class ItemOnHold(ItemNotForSale):
    template = ("Item {code} is on hold for {customer} until {until}; sell it to them, or "
                "release the hold first.")


class ItemRentedOut(ItemNotForSale):
    template = "Item {code} is rented out; check it in at the rentals screen before selling it."


class ItemNotOnShelf(ItemNotForSale):
    template = ("Item {code} is not on sale yet (it is {state}); finish grading, pricing and "
                "labelling it first.")


class ItemReturnedPending(ItemNotForSale):
    template = ("Item {code} came back on a return and waits to be put back on the shelf or "
                "re-inspected.")


class ItemGone(ItemNotForSale):
    template = "Item {code} has left the store (it is {state}); it cannot be sold."


class OutOfStock(ItemNotForSale):
    template = "{name} ({code}) is out of stock; only {left} left."


class ItemTwiceInBasket(ValidationError):
    template = "Item {code} is already in this sale."


class NoOpenShift(ValidationError):
    template = "Open a shift at this counter before taking or giving back money."


class BasketEmpty(ValidationError):
    template = "Scan or search for an item first; the sale has no lines."
