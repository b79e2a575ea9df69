"""``client.passes``: the customer's booking passes (quota vouchers, reference Addendum C8).

Operations: listPasses, getPass (spec tag ``passes``). A booking pass counts bookings, minutes
or money (:class:`~anny.types.Pass`); both helpers need a signed-in customer
(:class:`~anny.errors.SignInRequiredError` before sending).
"""

from __future__ import annotations

from collections.abc import Sequence

from anny._account_types import Pass, PassStatus
from anny._areas._account_common import page_param, require_sign_in, statuses_param
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import id_of, op_plan, view_parser
from anny._flow import Flow, perform

__all__ = ["PassRef", "Passes"]

#: A pass: its id (``"9501"``) or a :class:`~anny.types.Pass` already fetched.
PassRef = str | int | Pass


def list_passes(
    ctx: Context,
    *,
    status: str | PassStatus | Sequence[str | PassStatus] | None = None,
    include: Sequence[str] | None = None,
    page_size: int | None = None,
) -> Paged[Pass]:
    """The signed-in customer's passes (``listPasses``; inferred operation), all pages.

    ``status`` filters by one or more statuses (``PassStatus.ACTIVE`` or ``"active"``).
    """
    require_sign_in(ctx, "a booking pass")
    query = {
        "include": include,
        "filterstatus": statuses_param(status),
        "pagesize": page_param(page_size),
    }
    return Paged(op_plan("listPasses", query=query), Pass.from_resource)


def get_pass(ctx: Context, pass_: PassRef, *, include: Sequence[str] | None = None) -> Flow[Pass]:
    """One pass by id (``getPass``; inferred operation)."""
    require_sign_in(ctx, "a booking pass")
    plan = op_plan(
        "getPass",
        path={"pass_id": id_of(pass_, what="pass")},
        query={"include": include},
        parser=view_parser(Pass),
    )
    return (yield from perform(plan))


class Passes(Area[M]):
    """Passes: ``client.passes.list(status=...)``, ``.get(id)``."""

    list = paged(list_passes)
    get = endpoint(get_pass)
