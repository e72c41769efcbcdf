"""The pint registry: currencies and counted nouns as dimensions of their own."""

from __future__ import annotations

import pint
import pytest

from checks import lexicon as L
from checks.errors import ConfigError
from checks.extract import extract
from checks.units import convert, quantity, registry, same_dimension, unit_for


def test_one_registry_per_process():
    assert registry() is registry()


def test_every_unit_the_scanner_names_is_a_pint_unit():
    ureg = registry()
    names = set(L.UNIT_FORMS) | {v for v in L.CASE_UNITS.values()} | set(
        L.DURATION_WORDS.values())
    for name in sorted(names):
        ureg.Unit(name)  # no fallback to counted nouns here: a typo would raise


def test_compound_units_from_text_parse():
    text = ("It pumps 52,000 barrels per day at 10 km/h, covers 4 km2, emits 20 ppm and "
            "yields 586 lb-ft.")
    units = [q.unit for q in extract(text)]
    assert units == ["oil_barrel / day", "kilometer / hour", "kilometer ** 2", "ppm",
                     "foot * force_pound"]
    for u in units:
        registry().Unit(u)


def test_currencies_do_not_mix():
    assert not same_dimension("JPY", "USD")
    assert same_dimension("JPY", "JPY")
    with pytest.raises(pint.DimensionalityError):
        quantity(1, "JPY") + quantity(1, "USD")
    with pytest.raises(ConfigError, match="'JPY'.*'USD'"):
        convert(1, "JPY", "USD")


def test_counted_nouns_are_dimensions():
    assert same_dimension("vehicle", "vehicle")
    assert not same_dimension("vehicle", "port")
    assert not same_dimension("vehicle", "")


def test_exact_conversions():
    assert convert(1, "mile", "kilometer") == pytest.approx(1.609344)
    assert convert(100, "degree_Fahrenheit", "degree_Celsius") == pytest.approx(37.7777778)
    assert convert(25, "basis_point", "percentage_point") == pytest.approx(0.25)
    assert convert(1, "metric_ton", "kilogram") == pytest.approx(1000)


def test_unknown_unit_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown unit"):
        unit_for("Not A Unit!")
