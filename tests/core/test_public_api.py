"""The public surface (issue 21.7): a small top level, namespaces, one async naming rule, and
every old top-level name still working for one release with a warning naming its new place."""

from __future__ import annotations

import importlib
import inspect
import re
import textwrap
import warnings
from pathlib import Path

import pytest

import anny
import anny.auth
import anny.errors
import anny.flows
import anny.types
from anny._exports import lazy_exports

NAMESPACES = {"auth": anny.auth, "errors": anny.errors, "flows": anny.flows, "types": anny.types}

#: `anny.__all__` before the namespaces (anny 0.1.0): every name must keep working.
OLD_ALL = (
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Account",
    "Anny",
    "AnnyError",
    "AnnyWithRawResponse",
    "AsyncAnny",
    "AsyncAnnyWithRawResponse",
    "AsyncCart",
    "AsyncPager",
    "AsyncTokenProvider",
    "AuthenticationError",
    "AuthorizationRequest",
    "Availability",
    "BadRequestError",
    "Batch",
    "BearerAuth",
    "BookableResource",
    "Booking",
    "BookingStatus",
    "Bookings",
    "Budget",
    "Cache",
    "CalendarEvent",
    "CancellationTerms",
    "Cart",
    "CartExpiredError",
    "CartItem",
    "CartState",
    "Checkout",
    "CheckoutForm",
    "CheckoutResult",
    "Communities",
    "Community",
    "CommunityMembership",
    "ConflictError",
    "Context",
    "Customer",
    "CustomerAccount",
    "Document",
    "ErrorObject",
    "Flow",
    "FormField",
    "InternalServerError",
    "InvalidParameterError",
    "LocalBudget",
    "MembershipStatus",
    "Money",
    "NotFoundError",
    "NotGiven",
    "OAuth2",
    "OAuthRedirectError",
    "Occurrence",
    "OpeningPeriod",
    "Operation",
    "Order",
    "Orders",
    "Organization",
    "Organizations",
    "OutcomeUnknownError",
    "Page",
    "Paged",
    "Pager",
    "Pass",
    "PassStatus",
    "Passes",
    "PermissionDeniedError",
    "Plan",
    "PlanSubscription",
    "Plans",
    "QueueTicket",
    "QueueTicketStatus",
    "QueueTickets",
    "Quote",
    "QuoteItem",
    "RateLimit",
    "RateLimitError",
    "RateLimitWait",
    "RateLimitWaitError",
    "RedisBudget",
    "Ref",
    "RefreshingToken",
    "Relationship",
    "RequestPlan",
    "Resource",
    "ResourceLocation",
    "Resources",
    "RetryPolicy",
    "Series",
    "SeriesResult",
    "Service",
    "ServiceConfiguration",
    "Services",
    "Sleep",
    "Slot",
    "SlotTakenError",
    "SubscriptionStatus",
    "SyncCart",
    "Token",
    "TokenProvider",
    "Unavailability",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "User",
    "Waitlist",
    "WaitlistEntry",
    "WaitlistStatus",
    "__version__",
    "build_query",
    "path_segment",
    "perform",
    "pkce_challenge",
    "validate_booking_number",
    "validate_id",
    "validate_order_number",
    "validate_slug",
)

#: The old names that moved (the others are still top-level names).
OLD_TOP_LEVEL = sorted(set(OLD_ALL) - set(anny.__all__))


def test_the_top_level_is_small_and_dir_shows_only_it() -> None:
    assert len(anny.__all__) <= 45
    assert len(set(anny.__all__)) == len(anny.__all__)
    public = {name for name in dir(anny) if not name.startswith("_")}
    assert public == (set(anny.__all__) - {"__version__"}) | set(NAMESPACES)
    for name in anny.__all__:
        assert getattr(anny, name) is not None, name
    for kept in ("Anny", "AsyncAnny", "Document", "Resource", "Pager", "Page", "Money"):
        assert kept in anny.__all__
    assert "RateLimit" in anny.__all__


def test_every_namespace_lists_what_it_has() -> None:
    for module in NAMESPACES.values():
        public = {name for name in dir(module) if not name.startswith("_")}
        assert set(module.__all__) <= public, module.__name__
        for name in module.__all__:
            getattr(module, name)  # resolves (lazily imported names too)


@pytest.mark.parametrize("old", OLD_TOP_LEVEL)
def test_every_old_top_level_name_still_works_with_a_warning(old: str) -> None:
    module_name, _, new_name = anny._MOVED[old].partition(":")
    new_name = new_name or old
    new = getattr(importlib.import_module(module_name), new_name)
    with pytest.warns(DeprecationWarning, match=rf"anny\.{old} .*use {module_name}\.{new_name}$"):
        value = getattr(anny, old)
    assert value is new
    assert new_name in importlib.import_module(module_name).__all__
    assert old not in anny.__all__
    assert old not in dir(anny)


def test_a_deprecated_name_warns_on_every_use_and_points_at_the_caller() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = anny.Booking  # type: ignore[attr-defined]  # the deprecated alias, on purpose
        second = anny.Booking  # type: ignore[attr-defined]
    assert first is second is anny.types.Booking
    assert len(caught) == 2  # not cached: the second use warns too
    assert {Path(w.filename).name for w in caught} == {Path(__file__).name}


def test_the_names_of_the_top_level_cover_what_it_had() -> None:
    """Nothing of the old surface was dropped: each old name is kept, or moved and deprecated."""
    assert len(set(OLD_ALL)) == len(OLD_ALL) == 123
    assert set(anny.__all__) <= set(OLD_ALL)  # nothing new at the top level either
    assert set(OLD_TOP_LEVEL) == set(anny._MOVED)


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'anny' has no attribute 'Nope'"):
        _ = anny.Nope  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match=r"module 'anny\.types' has no attribute 'Nope'"):
        _ = anny.types.Nope  # type: ignore[attr-defined]
    getattr_, _dir = lazy_exports("x", {}, {}, [], {"Old": "anny.types:Slot"})
    with pytest.warns(DeprecationWarning, match=r"x\.Old is deprecated .* use anny\.types\.Slot"):
        assert getattr_("Old") is anny.types.Slot


def _exceptions(module: object) -> set[type[BaseException]]:
    return {
        value
        for name in getattr(module, "__all__", ())
        if isinstance(value := getattr(module, name), type) and issubclass(value, BaseException)
    }


def test_every_exception_lives_in_anny_errors() -> None:
    everywhere = _exceptions(anny).union(*(_exceptions(m) for m in NAMESPACES.values()))
    assert everywhere <= _exceptions(anny.errors)
    assert {anny.errors.CartExpiredError, anny.errors.OAuthRedirectError} <= everywhere
    # Every exception anny defines, public or not, is one of anny.errors (or a private subclass).
    for module_name in ("anny._oauth", "anny._areas.cart", "anny._cli_login", "anny._redis_budget"):
        module = importlib.import_module(module_name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, anny.AnnyError):
                assert value.__module__ == "anny.errors", value


def test_a_lapsed_cart_is_not_bad_input() -> None:
    """A handler for bad input (`except InvalidParameterError`, or ValueError) must not swallow
    a lapsed cart: it needs a new cart, not a corrected value."""
    assert not issubclass(anny.errors.CartExpiredError, anny.InvalidParameterError)
    assert not issubclass(anny.errors.CartExpiredError, ValueError)
    assert issubclass(anny.errors.CartExpiredError, anny.AnnyError)
    assert issubclass(anny.errors.OAuthRedirectError, anny.AnnyError)
    error = anny.errors.OAuthRedirectError("access_denied", "no")
    assert (error.error, error.description, str(error)) == (
        "access_denied",
        "no",
        "authorization failed: access_denied: no",
    )


def test_one_async_naming_rule() -> None:
    """``X`` / ``AsyncX``: no `Sync` prefix, and every async class has its sync twin with the same
    method names (awaited on the async one)."""
    names = set(anny.__all__).union(*(m.__all__ for m in NAMESPACES.values()))
    assert not [n for n in names if n.startswith("Sync") and n != "Sync"]
    pairs = [(n.removeprefix("Async"), n) for n in names if n.startswith("Async") and n != "Async"]
    assert {"AsyncAnny", "AsyncPager", "AsyncCart", "AsyncTokenProvider"} <= {a for _, a in pairs}
    for sync_name, async_name in pairs:
        assert sync_name in names, async_name
        sync_cls, async_cls = _public(sync_name), _public(async_name)
        sync_methods = {m for m in dir(sync_cls) if not m.startswith("_")}
        async_methods = {m for m in dir(async_cls) if not m.startswith("_")}
        assert not {
            m for m in async_methods if re.fullmatch(r"a[a-z]+", m) and m[1:] in sync_methods
        }
        if sync_name not in {"TokenProvider"}:  # a protocol of one method: get_token/…
            assert sync_methods == async_methods, (sync_name, sync_methods ^ async_methods)


def _public(name: str) -> type:
    for module in (anny, *NAMESPACES.values()):
        if name in module.__all__:
            value: type = getattr(module, name)
            return value
    raise AssertionError(name)


def test_classes_report_their_public_module() -> None:
    assert anny.Anny.__module__ == "anny"
    assert anny.types.Booking.__module__ == "anny.types"
    assert anny.flows.RequestPlan.__module__ == "anny.flows"
    assert anny.auth.OAuth2.__module__ == "anny.auth"
    assert anny.errors.CartExpiredError.__module__ == "anny.errors"


@pytest.mark.parametrize("client_class", [anny.Anny, anny.AsyncAnny])
async def test_client_generated_is_the_generated_client_and_raw_is_deprecated(
    client_class: type[anny.Anny] | type[anny.AsyncAnny],
) -> None:
    import anny_api

    client = client_class(base_url="https://api.test", token=None)
    try:
        generated = client.generated
        assert isinstance(generated, anny_api.Client)
        with pytest.warns(DeprecationWarning, match=r"client\.raw .* use client\.generated"):
            assert client.raw is generated
    finally:
        closed = client.close()
        if inspect.isawaitable(closed):
            await closed


def test_old_names_keep_type_checking(tmp_path: Path) -> None:
    """Code written against the old top level still passes ``mypy --strict`` (it only warns at
    run time), and the new places are typed too."""
    from mypy import api

    code = textwrap.dedent(
        """
        import anny
        import anny.types
        from anny.auth import stored_token

        def status(booking: anny.Booking) -> anny.BookingStatus:
            return booking.status

        def same(new: anny.types.Booking) -> anny.Booking:
            return new

        def first(slots: list[anny.types.Slot]) -> anny.Slot:
            return slots[0]

        cart: type[anny.SyncCart] = anny.types.Cart
        plan: anny.RequestPlan[anny.Document] = anny.flows.RequestPlan("GET", "/api/v1/x")
        token: anny.auth.RefreshingToken | None = stored_token()
        error: type[anny.AnnyError] = anny.errors.CartExpiredError
        generated: object = anny.Anny().generated
        """
    )
    (tmp_path / "old_names.py").write_text(code, encoding="utf-8")
    out, err, status = api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(_mypy_cache()), str(tmp_path)]
    )
    assert status == 0, out + err


def _mypy_cache() -> Path:
    # One cache for the suite's mypy runs: warm runs take a second or two instead of ~15.
    return Path(__file__).resolve().parents[2] / ".mypy_cache" / "tests"
