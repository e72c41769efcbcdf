"""One pint registry per process, with a dimension per currency and per counted noun."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from checks.errors import ConfigError
from checks.lexicon import ISO_CODES

if TYPE_CHECKING:
    import pint

_DEFS = Path(__file__).with_name("units.txt")
_NOUN_RX = re.compile(r"^[a-z][a-z_-]*$")


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry[float]:
    """Return the process-wide pint UnitRegistry (built once, on first use)."""
    # (pint takes about 0.35 s to import, and ``factlint extract`` never loads it)
    import pint

    ureg: pint.UnitRegistry[float] = pint.UnitRegistry(autoconvert_offset_to_baseunit=True,
                                                       on_redefinition="ignore")
    ureg.load_definitions(str(_DEFS))
    for code in sorted(ISO_CODES):
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


def unit_for(name: str) -> pint.Unit:
    """Return the pint unit for a quantity's unit string (ISO code, pint name or noun)."""
    ureg = registry()
    if name in ("", None):
        return ureg.dimensionless
    if name == "percent":
        return ureg.percent
    try:
        return ureg.Unit(name)
    except Exception:
        pass
    if _NOUN_RX.match(name):
        ident = name.replace("-", "_")
        ureg.define(f"{ident} = [count_{ident}]")
        return ureg.Unit(ident)
    raise ConfigError(f"unknown unit {name!r}")


def quantity(value: float, unit: str) -> pint.Quantity[float]:
    """Return a pint Quantity of ``value`` in ``unit``."""
    return registry().Quantity(value, unit_for(unit))


def same_dimension(unit_a: str, unit_b: str) -> bool:
    """True when two unit strings measure the same thing (yen vs dollars: False)."""
    return unit_for(unit_a).dimensionality == unit_for(unit_b).dimensionality


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a value between units of the same dimension (no exchange rates here)."""
    import pint  # (import cost: see registry)

    try:
        return quantity(value, from_unit).to(unit_for(to_unit)).magnitude
    except pint.DimensionalityError as exc:
        raise ConfigError(
            f"cannot convert {from_unit!r} ({exc.dim1}) to {to_unit!r} ({exc.dim2})") from None
