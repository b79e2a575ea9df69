"""``client.orders``: an order by its number, the customer's order history, the confirmation PDF.

Operations: getOrderByNumber, listOrders, downloadOrderConfirmation (spec tag ``orders``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from anny._areas._account_common import page_param, statuses_param
from anny._areas._binding import Area, Context, M, Paged, endpoint, paged
from anny._areas._common import id_of, op_plan, view_parser
from anny._flow import Flow, perform
from anny._ids import validate_order_number
from anny._models import Order
from anny._response import parse_bytes
from anny.errors import InvalidParameterError

__all__ = ["OrderRef", "Orders"]

#: An order: its id (``"58075515"``) or an :class:`~anny.types.Order` already fetched (which
#: keeps its access token).
OrderRef = str | int | Order


def _token(value: object, what: str) -> str:
    # The message names the parameter, never the value: it is a secret.
    if not isinstance(value, str) or not value.strip():
        raise InvalidParameterError(f"{what} must be a non-empty string")
    return value


def get_order(
    ctx: Context,
    number: str,
    *,
    oat: str | None = None,
    include: Sequence[str] | None = None,
) -> Flow[Order]:
    """An order by its number, ``BO…`` (``getOrderByNumber``; inferred operation).

    The signed-in customer's own orders need no more; a guest passes the order access token
    ``oat``, which the returned :class:`~anny.types.Order` keeps (``order.access_token``, never in
    its ``repr``) for :meth:`confirmation`.
    """
    if oat is not None:
        oat = _token(oat, "oat")
    plan = op_plan(
        "getOrderByNumber",
        query={"include": include, "number": validate_order_number(number), "oat": oat},
        parser=view_parser(Order),
    )
    order = yield from perform(plan)
    # The answer need not repeat the token; the caller proved they have it.
    return order if order.access_token or not oat else attrs.evolve(order, access_token=oat)


def list_orders(
    ctx: Context,
    *,
    status: str | Sequence[str] | None = None,
    sort: str | Sequence[str] | None = None,
    include: Sequence[str] | None = None,
    page_size: int | None = None,
) -> Paged[Order]:
    """The signed-in customer's orders (``listOrders``; inferred operation), all pages.

    ``status`` filters by one or more statuses (``"accepted"``); ``sort`` is e.g.
    ``"-created_at"`` (the newest first).
    """
    query = {
        "include": include,
        "filterstatus": statuses_param(status),
        "sort": sort,
        "pagesize": page_param(page_size),
    }
    return Paged(op_plan("listOrders", query=query), Order.from_resource)


def confirmation(ctx: Context, order: OrderRef, *, access_token: str | None = None) -> Flow[bytes]:
    """The order confirmation document, a PDF, as bytes (``downloadOrderConfirmation``).

    ``order`` is an :class:`~anny.types.Order` fetched with its access token (a checkout's answer,
    or :meth:`get` with ``oat``), or an order id together with ``access_token``.
    """
    ident = id_of(order, what="order")
    if access_token is None and isinstance(order, Order):
        access_token = order.access_token
    if access_token is None:
        raise InvalidParameterError(
            "the order confirmation needs the order's access token: pass an Order fetched "
            "with it, or access_token=..."
        )
    plan = op_plan(
        "downloadOrderConfirmation",
        path={"order_id": ident},
        query={"access_token": _token(access_token, "access_token")},
        parser=parse_bytes,
    )
    return (yield from perform(plan))


class Orders(Area[M]):
    """Orders: ``client.orders.get("BO…")``, ``.list()``, ``.confirmation(order)``."""

    get = endpoint(get_order)
    list = paged(list_orders)
    confirmation = endpoint(confirmation)
