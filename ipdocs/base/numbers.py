"""Exact decimal points. Scores are sums of 0.1, 0.25, 1.5 …: binary floats drift, Decimal does not."""

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
CENT = Decimal("0.01")


def dec(value) -> Decimal:
    """A YAML/JSON number (int, float or numeric string) as an exact Decimal."""
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float | str):
        # str() of a float is its shortest repr ("0.1"), so 0.1 stays 0.1.
        return Decimal(str(value).strip())
    raise TypeError(f"not a number: {value!r}")


def is_number(value) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def round2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(value: Decimal) -> str:
    """Points as people write them: at most two decimals, no trailing zeros (6, 1.5, 0.25)."""
    text = f"{round2(value):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def to_json(value: Decimal) -> int | float:
    """A JSON number with at most two decimals; integral values as integers."""
    value = round2(value)
    return int(value) if value == value.to_integral_value() else float(value)
