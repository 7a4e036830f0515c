"""Checksums that separate real card and routing numbers from random digit strings."""

from __future__ import annotations


def digits_only(text: str) -> str:
    """The digits of ``text`` in order, every separator dropped."""
    return "".join(c for c in text if c.isdigit())


def luhn_valid(digits: str) -> bool:
    """ISO/IEC 7812 Luhn check used by every payment card number."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def aba_valid(digits: str) -> bool:
    """ABA routing transit number checksum: 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) = 0 mod 10."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]
    # The first two digits are a Federal Reserve routing symbol: 00-12, 21-32, 61-72, 80.
    prefix = int(digits[:2])
    valid_prefix = prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80
    return total % 10 == 0 and valid_prefix


def ssn_plausible(digits: str) -> bool:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9":
        return False
    return group != "00" and serial != "0000" and len(set(digits)) > 1
