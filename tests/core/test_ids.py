"""Identifier validation happens before any request is sent."""

from __future__ import annotations

import pytest

import anny


@pytest.mark.parametrize(
    "slug", ["study-desks-branch-library-main-campus", "1-lehrbuchsammlung-eg-und-1-og", "a"]
)
def test_valid_slugs(slug):
    assert anny.flows.validate_slug(slug) == slug


@pytest.mark.parametrize("slug", ["", " ", "a b", "a/b", "a?b", "-x", "a%2Fb", None, 3.5, True])
def test_invalid_slugs(slug):
    with pytest.raises(anny.InvalidParameterError) as info:
        anny.flows.validate_slug(slug)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, anny.AnnyError)


def test_numbers():
    assert anny.flows.validate_booking_number("BB81592797") == "BB81592797"
    assert anny.flows.validate_booking_number("bb81592797") == "BB81592797"
    assert anny.flows.validate_order_number("BO559015923") == "BO559015923"
    for bad in ["BO559015923", "BB", "BB12x", " BB1", ""]:
        with pytest.raises(anny.InvalidParameterError):
            anny.flows.validate_booking_number(bad)
    for bad in ["BB81592797", "BO", "559015923"]:
        with pytest.raises(anny.InvalidParameterError):
            anny.flows.validate_order_number(bad)


def test_ids_and_path_segments():
    assert anny.flows.validate_id(3581903) == "3581903"
    assert anny.flows.validate_id("0b6a3c0e-6c1f-4a8e-9a59-0c0f2f4b2e11").startswith("0b6a")
    with pytest.raises(anny.InvalidParameterError):
        anny.flows.validate_id("12/../34")
    assert anny.flows.path_segment("a/b") == "a%2Fb"
    assert anny.flows.path_segment("x?y#z") == "x%3Fy%23z"
    for bad in ["", "..", "a b"]:
        with pytest.raises(anny.InvalidParameterError):
            anny.flows.path_segment(bad)
