"""Sans-I/O request plans and the two runners that execute them.

A :class:`RequestPlan` is a pure, frozen description of one API call: method, path,
query, headers, JSON body, idempotency and the parser that turns the HTTP response into
the caller's value. It performs no I/O and can be built, compared and tested on its own.

Everything that happens *around* sending — building the :class:`httpx.Request`, pacing,
logging, retry decisions and backoff, error mapping — lives in one generator,
:func:`plan_flow`. It is a flow like any other (see :mod:`anny._flow`): it yields
:class:`Send` and :class:`Sleep` actions and receives their outcomes, and the same two
drivers, :func:`anny._flow.run_flow_sync` and :func:`anny._flow.run_flow_async`, perform
them. The logic therefore exists exactly once for both worlds.

Writing a new endpoint helper is writing a plan factory plus a parser::

    def get_booking(booking_id: str, *, include: list[str] | None = None) -> RequestPlan[Booking]:
        return RequestPlan(
            "GET",
            f"/api/v1/bookings/{path_segment(validate_id(booking_id))}",
            params=build_query(include=include),
            parser=document_parser(Booking.from_document),
        )

    booking = client._run(get_booking("3581903"))          # Anny
    booking = await client._run(get_booking("3581903"))    # AsyncAnny
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import json
import logging
from collections.abc import Callable, Generator, Iterable, Mapping
from typing import Any, Generic, TypeAlias, TypeVar
from urllib.parse import urlencode

import attrs
import httpx

from anny._jsonapi import Document
from anny._logging import logger, redact_headers, redact_params, redact_url
from anny._operations import operation
from anny._ratelimit import Pacing, RateLimitWait, identical_key, kind_of
from anny._retry import (
    IDEMPOTENT_METHODS,
    NOT_SENT_ERRORS,
    RetryPolicy,
    backoff_delay,
    parse_retry_after,
    retry_delay_for_exception,
    retry_delay_for_response,
)
from anny.errors import (
    AnnyError,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InvalidParameterError,
    OutcomeUnknownError,
    RateLimitWaitError,
    make_status_error,
    request_id_of,
)

__all__ = [
    "APIResponse",
    "RequestPlan",
    "Send",
    "Sleep",
    "decode_json",
    "document_parser",
    "encode_json_body",
    "parse_bytes",
    "parse_document",
    "parse_json",
    "parse_none",
    "plan_flow",
    "release_stream",
]

T = TypeVar("T")
U = TypeVar("U")

Parser: TypeAlias = Callable[[httpx.Response], T]

JSONAPI_MEDIA_TYPE = "application/vnd.api+json"
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"


# --------------------------------------------------------------------------- parsing


def _is_json_content_type(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media in {"application/json", JSONAPI_MEDIA_TYPE} or media.endswith("+json")


def decode_json(response: httpx.Response) -> Any:
    """The decoded JSON body; ``None`` for an empty body.

    Raises :class:`APIResponseValidationError` for a non-JSON content type (for example
    the HTML page anny serves with status 200 when adding to the cart fails) and for
    bodies that do not decode.
    """
    content_type = response.headers.get("content-type", "")
    if not response.content.strip():
        return None
    if content_type and not _is_json_content_type(content_type):
        snippet = " ".join(response.text[:120].split())
        raise APIResponseValidationError(
            f"expected a JSON response, got {content_type.split(';')[0]!r} with status "
            f"{response.status_code}: {snippet!r}",
            response=response,
        )
    try:
        return json.loads(response.content)
    except ValueError as exc:  # includes UnicodeDecodeError
        raise APIResponseValidationError(
            f"response body is not valid JSON (status {response.status_code}): {exc}",
            response=response,
        ) from exc


def parse_document(response: httpx.Response) -> Document:
    """Parser: a :class:`Document` (JSON:API or plain JSON)."""
    return Document.from_json(decode_json(response))


def parse_json(response: httpx.Response) -> Any:
    """Parser: the decoded JSON value."""
    return decode_json(response)


def parse_bytes(response: httpx.Response) -> bytes:
    """Parser: the raw body (e.g. an order confirmation PDF)."""
    return response.content


def parse_none(response: httpx.Response) -> None:
    """Parser: ignore the body (204 answers)."""
    return


def document_parser(view: Callable[[Document], T]) -> Callable[[httpx.Response], T]:
    """Compose :func:`parse_document` with a function of the document (e.g. a typed view)."""

    def parse(response: httpx.Response) -> T:
        return view(parse_document(response))

    parse.__qualname__ = f"document_parser({getattr(view, '__qualname__', view)!s})"
    return parse


def _json_default(value: object) -> object:
    """The JSON-ready stand-in for a non-JSON Python value (``Decimal`` is handled apart)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidParameterError(
                f"naive datetime {value.isoformat()!r} in request body; use an aware datetime"
            )
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise InvalidParameterError(f"cannot encode {type(value).__name__} as JSON")


# Deeper than any real request body; a cycle or runaway structure stops here (typed error)
# instead of in a RecursionError.
_MAX_BODY_DEPTH = 100


def _body_error(where: str, problem: str) -> InvalidParameterError:
    return InvalidParameterError(f"request body at {where}: {problem}")


def _encode_float(value: float, where: str) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        # json.dumps would write the bare tokens NaN/Infinity, which are not JSON.
        raise _body_error(where, f"{value!r} is not a JSON number")
    return float.__repr__(value)


def _encode_decimal(value: decimal.Decimal, where: str) -> str:
    if not value.is_finite():
        raise _body_error(where, f"Decimal {str(value)!r} is not a JSON number")
    # The exact literal: float(Decimal) would turn 12345678901234567.89 into
    # 1.2345678901234568e16. str() of a finite Decimal is always a valid JSON number.
    return str(value)


def _encode(value: object, out: list[str], where: str, active: set[int], depth: int) -> None:
    if depth > _MAX_BODY_DEPTH:
        raise _body_error(where, f"nested deeper than {_MAX_BODY_DEPTH} levels")
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, enum.Enum):
        _encode(value.value, out, where, active, depth + 1)
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_encode_float(value, where))
    elif isinstance(value, decimal.Decimal):
        out.append(_encode_decimal(value, where))
    elif isinstance(value, (Mapping, list, tuple, set, frozenset)):
        if id(value) in active:
            raise _body_error(where, "circular reference")
        active.add(id(value))
        if isinstance(value, Mapping):
            out.append("{")
            for n, (key, item) in enumerate(value.items()):
                if isinstance(key, bool) or not isinstance(key, (str, int)):
                    raise _body_error(
                        where, f"key of type {type(key).__name__} (JSON keys are strings)"
                    )
                name = key if isinstance(key, str) else int.__repr__(key)
                out.append(", " if n else "")
                out.append(json.dumps(name, ensure_ascii=False))
                out.append(": ")
                _encode(item, out, f"{where}[{name!r}]", active, depth + 1)
            out.append("}")
        else:
            out.append("[")
            for n, item in enumerate(value):
                out.append(", " if n else "")
                _encode(item, out, f"{where}[{n}]", active, depth + 1)
            out.append("]")
        active.discard(id(value))
    else:
        _encode(_json_default(value), out, where, active, depth + 1)


def encode_json_body(body: object) -> bytes:
    """JSON-encode a request body: aware datetimes as ISO 8601, ``Decimal`` as its exact
    literal, enums as their values, tuples and sets as arrays.

    Raises :class:`~anny.InvalidParameterError` (naming where in the body) for what JSON
    cannot carry faithfully: NaN and infinities, non-string keys, cycles, naive datetimes,
    strings that are not valid Unicode, and other types.
    """
    out: list[str] = []
    _encode(body, out, "$", set(), 0)
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate such as "\ud800"
        raise InvalidParameterError(
            f"request body: a string is not valid Unicode ({exc.reason} at {exc.start})"
        ) from None


# --------------------------------------------------------------------------- plans


def _freeze_pairs(
    value: Mapping[str, str] | Iterable[tuple[str, str]] | None,
) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(k), str(v)) for k, v in items)


def _freeze_form(
    value: Mapping[str, str] | Iterable[tuple[str, str]] | None,
) -> tuple[tuple[str, str], ...] | None:
    return None if value is None else _freeze_pairs(value)


def _upper(method: str) -> str:
    return str(method).upper()


@attrs.frozen(repr=False)
class RequestPlan(Generic[T]):
    """One API call, described without performing it.

    Attributes:
        method: HTTP method.
        path: path relative to the base URL (``/api/v1/...``), or an absolute URL (used
            when following pagination links).
        params: query pairs, as sent (see :func:`anny.build_query`).
        headers: extra request headers (override the client's).
        json: request body, JSON-encoded and sent as ``application/vnd.api+json`` (the API
            answers 415 to ``application/json`` writes, even for flat cart bodies).
            ``None`` means no body.
        form: a form body (``application/x-www-form-urlencoded`` pairs), e.g. an OAuth token
            request; ``None`` means none. A plan has at most one of ``json`` and ``form``.
        idempotent: ``None`` takes it from the spec's operation (``x-anny-idempotent``: the
            ``GET …/cancel`` is not, the quote ``POST`` is), else from the method
            (GET/HEAD/OPTIONS/DELETE/PUT are). Only idempotent plans are retried after the
            server may have seen them; a non-idempotent one whose answer is lost raises
            :class:`~anny.OutcomeUnknownError` instead.
        parser: turns the (successful) response into the result.
        operation: the spec's operationId this plan performs (``cancelBooking``), if any.
        anonymous: a request to another service (the OAuth token endpoint, ``path`` an
            absolute URL): sent without the client's credentials, default headers or the
            httpx client's own headers, never following redirects, and outside the API's
            rate-limit budget (see :func:`plan_flow`).
    """

    method: str = attrs.field(converter=_upper)
    path: str
    params: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_freeze_pairs)
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_freeze_pairs)
    json: Any = None
    idempotent: bool | None = None
    parser: Callable[[httpx.Response], T] = attrs.field(
        default=parse_document,  # type: ignore[assignment]
        eq=False,
    )
    operation: str | None = None
    form: tuple[tuple[str, str], ...] | None = attrs.field(default=None, converter=_freeze_form)
    anonymous: bool = False

    @property
    def is_idempotent(self) -> bool:
        """Whether resending this call after a lost answer is harmless (see ``idempotent``)."""
        if self.idempotent is not None:
            return self.idempotent
        if self.operation is not None:
            return operation(self.operation).idempotent
        return self.method in IDEMPOTENT_METHODS

    def replace(self, **changes: Any) -> RequestPlan[T]:
        """A copy with some fields changed."""
        return attrs.evolve(self, **changes)

    def with_params(self, params: Iterable[tuple[str, str]]) -> RequestPlan[T]:
        """A copy with ``params`` replaced."""
        return attrs.evolve(self, params=tuple(params))

    def with_parser(self, parser: Callable[[httpx.Response], U]) -> RequestPlan[U]:
        """The same request with another parser."""
        return RequestPlan(
            self.method,
            self.path,
            params=self.params,
            headers=self.headers,
            json=self.json,
            idempotent=self.idempotent,
            parser=parser,
            operation=self.operation,
            form=self.form,
            anonymous=self.anonymous,
        )

    def __repr__(self) -> str:
        query = "&".join(f"{k}={v}" for k, v in redact_params(self.params))
        target = redact_url(self.path) + (f"?{query}" if query else "")
        extra = ""
        if self.headers:
            extra += f", headers={redact_headers(self.headers)!r}"
        if self.json is not None:
            extra += ", json=…"
        if self.form is not None:
            extra += ", form=…"  # never the values: a token request carries credentials
        if self.anonymous:
            extra += ", anonymous=True"
        if self.idempotent is not None:
            extra += f", idempotent={self.idempotent}"
        if self.operation is not None:
            extra += f", operation={self.operation}"
        return f"RequestPlan({self.method} {target}{extra})"


# --------------------------------------------------------------------------- responses


class APIResponse(Generic[T]):
    """A successful HTTP response plus how to parse it (``client.with_raw_response``).

    Attributes:
        http_response: the :class:`httpx.Response` (body already read).
        retries_taken: how many times the request was resent before this answer.
    """

    __slots__ = ("_parsed", "_parser", "http_response", "retries_taken")

    _UNSET: Any = object()

    def __init__(
        self,
        http_response: httpx.Response,
        *,
        retries_taken: int,
        parser: Callable[[httpx.Response], T],
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parser = parser
        self._parsed: Any = APIResponse._UNSET

    @property
    def status_code(self) -> int:
        """HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """Response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """``x-request-id`` / ``request-id`` / ``cf-ray`` of the response."""
        return request_id_of(self.http_response)

    def parse(self) -> T:
        """Run the plan's parser (once; the result is cached).

        Raises :class:`~anny.errors.APIResponseValidationError` if the body is not what the
        parser expects; other exceptions from a parser are wrapped in it as well, so only
        :class:`~anny.errors.AnnyError` subclasses escape.
        """
        if self._parsed is APIResponse._UNSET:
            try:
                self._parsed = self._parser(self.http_response)
            except AnnyError:
                raise
            except Exception as exc:
                raise APIResponseValidationError(
                    f"could not parse the response: {type(exc).__name__}: {exc}",
                    response=self.http_response,
                ) from exc
        result: T = self._parsed
        return result

    def __repr__(self) -> str:
        request = self.http_response.request
        return (
            f"<APIResponse [{self.status_code}] {request.method} "
            f"{redact_url(str(request.url))} retries_taken={self.retries_taken}>"
        )


# --------------------------------------------------------------------------- the flow


@attrs.frozen
class Send:
    """Action: send ``request``; answer with the response or the httpx error."""

    request: httpx.Request


@attrs.frozen
class Sleep:
    """Action: wait ``seconds`` before the next attempt; answer with ``None``."""

    seconds: float


def _map_request_error(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    where = f"{request.method} {redact_url(str(request.url))}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{type(exc).__name__} on {where}", request=request)
    return APIConnectionError(f"{type(exc).__name__} on {where}: {exc}", request=request)


def _outcome_unknown(plan: RequestPlan[Any], cause: AnnyError) -> OutcomeUnknownError:
    """The error for a call with side effects whose answer was lost (it is never resent)."""
    read_back = operation(plan.operation).read_back if plan.operation else None
    what = f" ({plan.operation})" if plan.operation else ""
    advice = f"; read the state back ({read_back}) before trying again" if read_back else ""
    return OutcomeUnknownError.from_cause(
        cause,
        f"{cause} — outcome unknown{what}: it may have taken effect and was not resent{advice}",
        operation=plan.operation,
        read_back=read_back,
    )


def pace(pacing: Pacing, request: httpx.Request) -> Generator[Sleep, Any, None]:
    """Reserve ``request``'s send in the client's budget; a :class:`Sleep` if it must wait.

    A wait longer than ``pacing.max_wait`` raises :class:`~anny.RateLimitWaitError` (nothing
    is sent, nothing is recorded). Every wait is logged (INFO) and reported to ``on_wait``.
    """
    kind = kind_of(request.method)
    key = identical_key(request.method, str(request.url), request.content)
    now = pacing.monotonic()
    wait = pacing.budget.reserve(kind, key, now, max_wait=pacing.max_wait)
    if wait <= 0:
        return
    reason = pacing.explain(kind, key, now)
    path = request.url.path  # never the query: it may carry an `oat` or a booking `code`
    if pacing.max_wait is not None and wait > pacing.max_wait:
        raise RateLimitWaitError(
            f"{request.method} {path}: the {kind} budget "
            f"({_budget_text(pacing, kind)}; {reason}) would hold this call back "
            f"{wait:.1f}s, longer than its timeout of {pacing.max_wait:.1f}s; nothing was sent",
            wait=wait,
            max_wait=pacing.max_wait,
            kind=kind,
        )
    logger.info(
        "rate limit: holding %s %s back %.2fs (%s; %s budget %s)",
        request.method,
        path,
        wait,
        reason,
        kind,
        _budget_text(pacing, kind),
    )
    if pacing.on_wait is not None:
        pacing.on_wait(
            RateLimitWait(seconds=wait, kind=kind, method=request.method, path=path, reason=reason)
        )
    yield Sleep(wait)


def _budget_text(pacing: Pacing, kind: str) -> str:
    # What a 429 taught, where the budget learns (LocalBudget), else what was configured.
    limit = getattr(pacing.budget, "effective_limit", pacing.budget.limit)
    count = limit.reads if kind == "read" else limit.writes
    return f"{count} per {limit.per:g}s"


def _pause_after_429(
    pacing: Pacing, response: httpx.Response, retries: int, policy: RetryPolicy
) -> None:
    """A 429 stops *every* request of this identity until its ``Retry-After`` has passed."""
    retry_after = parse_retry_after(response.headers.get("retry-after"), now=policy.now())
    pause = retry_after if retry_after is not None else backoff_delay(retries, policy)
    # Capped like a retry's wait: anny's windows are a minute; a day-long Retry-After is noise
    # that must not freeze the client (wait_for keeps its own, bounded, schedule).
    pause = min(pause, policy.max_retry_after)
    now = pacing.monotonic()
    pacing.budget.pause_until(now + pause)
    kind = kind_of(response.request.method)
    learned = pacing.learn(kind, now)
    if learned is not None:
        # Logged when the budget changes, not on every 429: it only ever goes down.
        logger.warning(
            "rate limit: anny's %s budget for this client is smaller than configured; "
            "sending at most %d %ss per %gs from now on",
            kind,
            learned,
            kind,
            pacing.budget.limit.per,
        )
    logger.warning(
        "rate limit: 429 on %s %s; pausing every request of this client for %.2fs",
        response.request.method,
        response.request.url.path,
        pause,
    )


def plan_flow(
    plan: RequestPlan[T],
    *,
    build: Callable[[RequestPlan[T]], httpx.Request],
    policy: RetryPolicy,
    pacing: Pacing | None = None,
) -> Generator[Send | Sleep, Any, APIResponse[T]]:
    """The whole life of one plan as a generator of :class:`Send`/:class:`Sleep` actions.

    Pure apart from logging: all retry, backoff, pacing and error-mapping decisions are here,
    and both runners drive this same generator. With ``pacing`` every attempt first reserves
    its send in the client's rate-limit budget (and sleeps if it must), and a 429 pauses the
    whole budget until its ``Retry-After``.
    """
    retries = 0
    idempotent = plan.is_idempotent
    # The budget is the API host's (anny counts requests per identity there); a request to
    # another service (the auth server's token endpoint) neither spends nor pauses it.
    if plan.anonymous:
        pacing = None
    # Checked once per call: redacting the URL and headers for a record nobody reads would
    # cost more than the rest of anny's per-request work.
    debug = logger.isEnabledFor(logging.DEBUG)
    while True:
        request = build(plan)
        if pacing is not None:
            yield from pace(pacing, request)
        if debug:
            logger.debug(
                "request: %s %s headers=%s attempt=%d",
                request.method,
                redact_url(str(request.url)),
                redact_headers(request.headers.multi_items()),
                retries + 1,
            )
        outcome = yield Send(request)
        if isinstance(outcome, httpx.RequestError):
            delay = None
            if isinstance(outcome, httpx.TransportError):
                delay = retry_delay_for_exception(
                    method=plan.method,
                    idempotent=idempotent,
                    exc=outcome,
                    retries_taken=retries,
                    policy=policy,
                )
            if delay is None:
                error = _map_request_error(outcome, request)
                if not idempotent and not isinstance(outcome, NOT_SENT_ERRORS):
                    raise _outcome_unknown(plan, error) from outcome
                raise error from outcome
            if debug:
                logger.debug(
                    "retrying %s %s in %.2fs after %s (retry %d of %d)",
                    request.method,
                    redact_url(str(request.url)),
                    delay,
                    type(outcome).__name__,
                    retries + 1,
                    policy.max_retries,
                )
            yield Sleep(delay)
            retries += 1
            continue

        response: httpx.Response = outcome
        if debug:
            logger.debug(
                "response: %d %s %s request_id=%s bytes=%d",
                response.status_code,
                request.method,
                redact_url(str(request.url)),
                request_id_of(response),
                len(response.content),
            )
        if pacing is not None and response.status_code == 429:
            _pause_after_429(pacing, response, retries, policy)
        delay = retry_delay_for_response(
            method=plan.method,
            idempotent=idempotent,
            response=response,
            retries_taken=retries,
            policy=policy,
        )
        if delay is not None:
            if debug:
                logger.debug(
                    "retrying %s %s in %.2fs after status %d (retry %d of %d)",
                    request.method,
                    redact_url(str(request.url)),
                    delay,
                    response.status_code,
                    retries + 1,
                    policy.max_retries,
                )
            yield Sleep(delay)
            retries += 1
            continue
        if not response.is_success:
            status_error = make_status_error(response)
            if not idempotent and response.status_code >= 500:
                raise _outcome_unknown(plan, status_error) from status_error
            raise status_error
        return APIResponse(response, retries_taken=retries, parser=plan.parser)


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    plan: RequestPlan[Any],
    *,
    base_url: str,
    base_headers: Mapping[str, str],
    timeout: httpx.Timeout,
) -> httpx.Request:
    """Turn a plan into an :class:`httpx.Request` (no I/O; the same for both clients).

    The URL, headers and timeout come from the arguments only, never from the httpx client's
    own settings, so one httpx client can serve differently configured anny clients.
    """
    # An anonymous plan goes to another service: none of the client's headers (its default
    # headers may carry credentials of the user's choosing) and not the httpx client's own.
    headers = {} if plan.anonymous else dict(base_headers)
    content: bytes | None = None
    if plan.json is not None and plan.form is not None:
        raise InvalidParameterError("a request has a JSON body or a form body, not both")
    if plan.json is not None:
        content = encode_json_body(plan.json)
        headers["Content-Type"] = JSONAPI_MEDIA_TYPE
    elif plan.form is not None:
        content = urlencode(plan.form).encode("ascii")
        headers["Content-Type"] = FORM_MEDIA_TYPE
    headers.update(plan.headers)
    url = plan.path if "://" in plan.path else base_url + plan.path
    params: Any = None  # list of pairs; httpx types a list of pairs invariantly
    try:
        if plan.params:
            if "?" in url or "#" in url or (not plan.anonymous and http.params):
                # httpx replaces a URL's own query with the params (merged with the httpx
                # client's own): the rare cases where that matters keep httpx's way.
                params = list(plan.params)
            else:
                url = _with_query(url, plan.params)
        # One parse of the whole URL: handing httpx the path and the params apart parses it
        # twice more (the URL, then the URL again with its query), a third of a GET's cost.
        target = httpx.URL(url)
        # A per-request timeout, honoured by whichever httpx client sends it.
        extensions = {"timeout": timeout.as_dict()}
        if plan.anonymous:
            return httpx.Request(
                plan.method,
                target,
                params=params,
                headers=headers,
                content=content,
                extensions=extensions,
            )
        return http.build_request(
            plan.method,
            target,
            params=params,
            headers=headers,
            content=content,
            extensions=extensions,
        )
    except httpx.InvalidURL as exc:
        # A 100,000-character slug makes "URL too long": bad input, refused before sending.
        # The URL is not echoed (it may be huge, and may carry an `oat`).
        raise InvalidParameterError(f"cannot build the request URL: {exc}") from None


def _with_query(url: str, params: Iterable[tuple[str, str]]) -> str:
    """``url`` with ``params`` as its query, encoded exactly as :class:`httpx.QueryParams`
    encodes them (pairs of one name grouped at its first place, then ``urlencode``), so the
    wire is the one ``build_request(url, params=...)`` gives, at a third of the cost."""
    grouped: dict[str, list[str]] = {}
    for key, value in params:
        values = grouped.get(key)
        if values is None:
            grouped[key] = [value]
        else:
            values.append(value)
    pairs = [(key, value) for key, values in grouped.items() for value in values]
    return f"{url}?{urlencode(pairs)}"


def release_stream(response: httpx.Response) -> httpx.Response:
    """Break httpx's response ↔ stream reference cycle once the body has been read.

    httpx binds every response's stream to the response itself, so each response is a
    cycle only the cyclic GC frees: pages of a long iteration pile up with the GC off or
    rarely run, and every call adds GC work. The body is read by now; an equivalent plain
    stream replaces the bound one, and the response is freed by reference counting alone.
    """
    if response.is_closed and not isinstance(response.stream, httpx.ByteStream):
        response.stream = httpx.ByteStream(response.content)
    return response
