"""Request context and the small helpers every area module shares.

Handlers are plain synchronous functions ``(ctx) -> Response`` that run while the store lock is
held, which keeps each request atomic (two carts racing for the last slot cannot both win).
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from anny_sandbox.clock import Clock
from anny_sandbox.errors import (
    JSONAPI,
    ApiError,
    ApiErrors,
    bad_param,
    error_response,
    invalid,
    locale_of,
)
from anny_sandbox.flatten import flatten_document, prefers_flat
from anny_sandbox.models import Customer, Token
from anny_sandbox.store import Store

Handler = Callable[["Ctx"], Response]
_WRITE_METHODS = frozenset({"POST", "PATCH", "PUT"})
_BRACKET = re.compile(r"^(?P<name>[^\[]+)\[(?P<key>[^\]]*)\]$")


@dataclass
class Ctx:
    """Everything a handler needs about the current request."""

    request: Request
    store: Store
    clock: Clock
    locale: str
    body: bytes
    customer: Customer | None
    token: Token | None

    # ----------------------------------------------------------------- urls
    @property
    def base_url(self) -> str:
        return str(self.request.base_url).rstrip("/")

    def url(self, path: str, query: dict[str, Any] | None = None) -> str:
        suffix = f"?{urlencode(query)}" if query else ""
        return f"{self.base_url}{path}{suffix}"

    @property
    def path_params(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.request.path_params.items()}

    # ----------------------------------------------------------------- auth
    def require_customer(self) -> Customer:
        if self.customer is None:
            raise ApiError(401, "unauthenticated", headers={"WWW-Authenticate": "Bearer"})
        return self.customer

    # ----------------------------------------------------------------- query
    def q(self, name: str) -> str | None:
        value = self.request.query_params.get(name)
        return value if value not in (None, "") else None

    def q_int(self, name: str, *, minimum: int | None = None) -> int | None:
        raw = self.q(name)
        if raw is None:
            return None
        try:
            value = int(raw)
        except ValueError:
            raise bad_param(name, "must be an integer") from None
        if minimum is not None and value < minimum:
            raise bad_param(name, f"must be at least {minimum}")
        return value

    def q_bool(self, name: str, default: bool = False) -> bool:
        raw = self.q(name)
        if raw is None:
            return default
        lowered = raw.lower()
        if lowered in ("1", "true", "yes"):
            return True
        if lowered in ("0", "false", "no"):
            return False
        raise bad_param(name, "must be 0 or 1")

    def q_list(self, name: str) -> list[str]:
        """Values of ``name`` given as ``name[]=a&name[]=b``, ``name=a,b`` or ``name[0]=a``."""
        values: list[str] = []
        for key, value in self.request.query_params.multi_items():
            match = _BRACKET.match(key)
            # `filter[categories][]` has a bracket in its own name: compare the prefix directly.
            item = (
                key.startswith(name + "[")
                and key.endswith("]")
                and (key[len(name) + 1 : -1] == "" or key[len(name) + 1 : -1].isdigit())
            )
            if key == name or item or _is_indexed(match, name):
                values.extend(v for v in value.split(",") if v)
        return values

    def q_map(self, name: str, *, plain: bool) -> dict[str, str]:
        """The service-quantity map: ``service_id[7003]=2`` -> ``{"7003": "2"}``.

        Keys are service ids, never list indexes: ``service_id[7003]=1`` is one unit of service
        7003 (Addendum B2). ``plain`` also accepts ``service_id=7003`` as one unit, which real
        callers send only to ``availability/start`` and ``availability/start-dates``; elsewhere
        the plain form and an empty key (``service_id[]=7003``) are refused, as the spec
        declares only the map there.
        """
        result: dict[str, str] = {}
        for key, value in self.request.query_params.multi_items():
            match = _BRACKET.match(key)
            if match and match["name"] == name:
                if not match["key"]:
                    raise bad_param(f"{name}[]", f"must be keyed by service id: {name}[<id>]=<qty>")
                result[match["key"]] = value
            elif key == name and value:
                if not plain:
                    raise bad_param(name, f"must be the quantity map {name}[<id>]=<quantity>")
                result[value] = "1"
        return result

    def q_datetime(self, name: str, tz: str = "UTC") -> datetime | None:
        raw = self.q(name)
        if raw is None:
            return None
        try:
            return parse_datetime(raw, tz)
        except ValueError:
            raise bad_param(name, "must be an ISO-8601 date-time") from None

    def q_timezone(self, default: str) -> str:
        raw = self.q("timezone")
        if raw is None:
            return default
        try:
            ZoneInfo(raw)
        except (ZoneInfoNotFoundError, ValueError):
            raise bad_param("timezone", "must be an IANA time zone such as Europe/Berlin") from None
        return raw

    # ----------------------------------------------------------------- body
    def json_body(self, *, required: bool = True) -> dict[str, Any]:
        """Parse a write body: enforce the JSON:API media type (415) and an object body (422)."""
        media = self.request.headers.get("content-type", "").split(";")[0].strip().lower()
        has_body = bool(media or self.body.strip())
        if self.request.method in _WRITE_METHODS and has_body and media != JSONAPI:
            raise ApiError(415, "unsupported_media_type", got=media or "no content type")
        if not self.body.strip():
            if required:
                raise invalid("", "a JSON object body is required")
            return {}
        try:
            data = json.loads(self.body)
        except ValueError:
            raise ApiError(
                400, "invalid_parameter", pointer="", field="body", problem="not valid JSON"
            ) from None
        if not isinstance(data, dict):
            raise invalid("", "the body must be a JSON object")
        return data

    def envelope(self, type_name: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """Read a ``{"data": {"type", "attributes", "relationships"}}`` body."""
        body = self.json_body()
        data = body.get("data")
        if not isinstance(data, dict):
            raise invalid("/data", "must be a resource object")
        if data.get("type") != type_name:
            raise invalid("/data/type", f"must be '{type_name}'")
        attributes = data.get("attributes", {})
        relationships = data.get("relationships", {})
        if not isinstance(attributes, dict):
            raise invalid("/data/attributes", "must be an object")
        if not isinstance(relationships, dict):
            raise invalid("/data/relationships", "must be an object")
        return attributes, relationships


def _is_indexed(match: re.Match[str] | None, name: str) -> bool:
    """``name[]`` or ``name[0]``: a list item rather than a map key."""
    return bool(match and match["name"] == name and (match["key"] == "" or match["key"].isdigit()))


def relationship_id(relationships: dict[str, Any], name: str, type_name: str) -> str | None:
    """The id of a to-one relationship in a write envelope (422 on a bad shape)."""
    rel = relationships.get(name)
    if rel is None:
        return None
    data = rel.get("data") if isinstance(rel, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("id"), (str, int)):
        raise invalid(f"/data/relationships/{name}/data", "must be {type, id}")
    if data.get("type") not in (type_name, None):
        raise invalid(f"/data/relationships/{name}/data/type", f"must be '{type_name}'")
    return str(data["id"])


# --------------------------------------------------------------------- time formatting
def parse_datetime(raw: str, tz: str = "UTC") -> datetime:
    """Parse ISO-8601; a value without offset is read in ``tz`` (the resource's zone)."""
    text = raw.strip().replace(" ", "+") if "T" in raw else raw.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(tz))
    return parsed


def iso_utc(value: datetime | None) -> str | None:
    """Stored timestamps come back in UTC with an explicit ``+00:00`` (ATOM format)."""
    if value is None:
        return None
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def iso_local(value: datetime, tz: str) -> str:
    """Availability answers use local offsets for the requested ``timezone``."""
    return value.astimezone(ZoneInfo(tz)).replace(microsecond=0).isoformat()


# --------------------------------------------------------------------- responses
def plain(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def jsonapi(document: dict[str, Any], status: int = 200) -> JSONResponse:
    return JSONResponse(document, status_code=status, media_type=JSONAPI)


def paginate(
    ctx: Ctx, items: Sequence[Any], *, default_size: int = 30, max_size: int = 1000
) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """Slice ``items`` by ``page[number]``/``page[size]``; return (page, links, meta)."""
    number = ctx.q_int("page[number]", minimum=1) or 1
    size = ctx.q_int("page[size]", minimum=1) or default_size
    size = min(size, max_size)  # oversized pages are clamped, as Laravel paginators do
    total = len(items)
    last_page = max(1, -(-total // size))
    start = (number - 1) * size
    page = list(items[start : start + size])

    def link(n: int) -> str:
        params = dict(ctx.request.query_params.items())
        params["page[number]"] = str(n)
        params["page[size]"] = str(size)
        return ctx.url(ctx.request.url.path, params)

    links: dict[str, Any] = {
        "first": link(1),
        "last": link(last_page),
        "prev": link(number - 1) if number > 1 else None,
        "next": link(number + 1) if number < last_page else None,
    }
    meta = {
        "page": {
            "current-page": number,
            "per-page": size,
            "from": start + 1 if page else None,
            "to": start + len(page) if page else None,
            "total": total,
            "last-page": last_page,
        }
    }
    return page, links, meta


def make_endpoint(
    store: Store, handler: Handler, *, authenticate: bool = True
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a sync handler: read the body, resolve the bearer token, lock, map errors."""

    async def endpoint(request: Request) -> Response:
        body = await request.body()
        locale = locale_of(request.headers.get("accept-language"))
        try:
            with store.lock:
                store.expire_drafts()
                token, customer = _authenticate(store, request) if authenticate else (None, None)
                ctx = Ctx(request, store, store.clock, locale, body, customer, token)
                response = handler(ctx)
            return _negotiate(request, response)
        except ApiError as err:
            return error_response([err], locale)
        except ApiErrors as group:
            return error_response(group.errors, locale)

    endpoint.__name__ = handler.__name__
    return endpoint


def _negotiate(request: Request, response: Response) -> Response:
    """``Accept: application/json`` gets the flattened records anny sends then (B11)."""
    if (
        response.media_type != JSONAPI
        or not 200 <= response.status_code < 300
        or not prefers_flat(request.headers.get("accept"))
    ):
        return response
    document = json.loads(bytes(response.body))
    headers = {k: v for k, v in response.headers.items() if k.lower() not in _REPLACED}
    return JSONResponse(flatten_document(document), response.status_code, headers=headers)


_REPLACED = frozenset({"content-type", "content-length"})


def _authenticate(store: Store, request: Request) -> tuple[Token | None, Customer | None]:
    header = request.headers.get("authorization")
    if not header:
        return None, None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise ApiError(401, "invalid_token", headers={"WWW-Authenticate": "Bearer"})
    token = store.tokens.get(value.strip())
    if token is None or token.revoked or token.expires_at <= store.clock.now():
        raise ApiError(
            401, "invalid_token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
        )
    return token, store.customers.get(token.customer_id)
