"""Fault injection, off by default: latency, 429, 5xx, dropped connections, HTML and broken
JSON bodies, unknown enum values and unknown ``included`` types, and the non-JSON:API error
bodies anny really sends (``{"error": …}``, ``{"title", "message"}``, an HTML 403 page; B5).

Faults match a path (glob such as ``/api/v1/order*``, or a regex written ``re:^/api/.*$``) and
optionally a method, and fire ``times`` times (``None``: until cleared). The middleware is the
outermost ASGI layer, so it sees uvicorn's own ``send`` and can close the TCP transport to make
the client observe a real dropped connection (``httpx.RemoteProtocolError``).
"""

from __future__ import annotations

import asyncio
import fnmatch
import itertools
import json
import re
import threading
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import asdict, dataclass, field
from typing import Any

from anny_sandbox.errors import JSONAPI
from anny_sandbox.limits import DOCUMENTED_BODY, Limits, identity_of, page_size_cap
from anny_sandbox.store import Store, current_request_id

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

KINDS = (
    "latency",  # sleep delay_ms, then handle normally
    "rate_limit",  # 429 with Retry-After, request not processed
    "status",  # 500/502/503/504, request not processed
    "drop_before",  # connection closed before processing: no state change, no response
    "drop_after",  # processed (state changes!), then the connection is closed unanswered
    "html",  # 200 with an HTML page instead of JSON, request not processed
    "malformed_json",  # processed, body replaced by syntactically invalid JSON
    "truncated_json",  # processed, body cut in half (Content-Length matches the cut body)
    "unknown_enum",  # processed, enum-like values replaced by a value no client knows
    "unknown_included",  # processed, an unknown resource type appended to `included`
    "error_body",  # `status` with {"error": message}, request not processed (B5)
    "title_message",  # `status` with {"title": ..., "message": message}, not processed (B5)
    "html_forbidden",  # 403 with an HTML "Forbidden" page, request not processed (B5)
)
# The plain-JSON error shapes anny's own connector reads besides JSON:API `errors[]`.
SHAPED_ERRORS = ("error_body", "title_message")
SHAPED_STATUSES = (400, 401, 403, 404, 409, 422, 500, 502, 503)
FORBIDDEN_PAGE = (
    b'<!DOCTYPE html><html lang="en"><head><title>Forbidden</title></head>'
    b"<body><h1>403 Forbidden</h1><p>You are not allowed to access this page.</p></body></html>"
)
ERROR_STATUSES = (500, 502, 503, 504)
ENUM_KEYS = ("status", "unavailability_type", "fee_type", "payment_flow", "unit")
UNKNOWN_VALUE = "sandbox_unknown_value"
FAULT_HEADER = "x-sandbox-fault"
# Tags the answers of anny's limits (not faults) for the ledger.
LIMIT_TAG = "limit:"


class ConnectionDropped(Exception):
    """Raised in in-process (ASGITransport) mode, where there is no socket to close."""


@dataclass
class Fault:
    """One armed fault. See :data:`KINDS`."""

    kind: str
    path: str = "*"
    method: str | None = None
    times: int | None = 1
    status: int = 500
    retry_after: int = 1
    delay_ms: int = 0
    message: str = "Something went wrong."
    id: str = ""
    hits: int = 0
    _regex: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; choose from {', '.join(KINDS)}")
        if self.kind == "status" and self.status not in ERROR_STATUSES:
            raise ValueError(f"status faults support {ERROR_STATUSES}")
        if self.kind in SHAPED_ERRORS and self.status not in SHAPED_STATUSES:
            raise ValueError(f"{self.kind} faults support {SHAPED_STATUSES}")
        if self.kind == "html_forbidden":
            self.status = 403
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1 (or None for unlimited)")
        if self.delay_ms < 0 or self.retry_after < 0:
            raise ValueError("delay_ms and retry_after must not be negative")
        if self.kind == "rate_limit":
            self.status = 429
        if self.method:
            self.method = self.method.upper()
        if self.path.startswith("re:"):
            self._regex = re.compile(self.path[3:])

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method != method.upper():
            return False
        if self._regex is not None:
            return self._regex.search(path) is not None
        return fnmatch.fnmatchcase(path, self.path)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("_regex", None)
        data["remaining"] = None if self.times is None else self.times - self.hits
        return data


class FaultSet:
    """The armed faults of one sandbox; thread-safe so tests may arm them from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(
        self,
        kind: str,
        path: str = "*",
        *,
        method: str | None = None,
        times: int | None = 1,
        status: int = 500,
        retry_after: int = 1,
        delay_ms: int = 0,
        message: str = "Something went wrong.",
    ) -> Fault:
        """Arm a fault and return it; e.g. ``add("drop_after", "/api/v1/order", method="POST")``."""
        fault = Fault(kind, path, method, times, status, retry_after, delay_ms, message)
        with self._lock:
            fault.id = str(next(self._ids))
            self._faults.append(fault)
        return fault

    def remove(self, fault_id: str) -> bool:
        with self._lock:
            before = len(self._faults)
            self._faults = [f for f in self._faults if f.id != fault_id]
            return len(self._faults) != before

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(self, method: str, path: str) -> tuple[int, Fault | None]:
        """Consume matching faults: total latency in ms and the first terminal fault."""
        delay = 0
        terminal: Fault | None = None
        with self._lock:
            for fault in list(self._faults):
                if not fault.matches(method, path):
                    continue
                if fault.kind == "latency":
                    delay += fault.delay_ms
                elif terminal is None:
                    terminal = fault
                else:
                    continue
                fault.hits += 1
                if fault.times is not None and fault.hits >= fault.times:
                    self._faults.remove(fault)
        return delay, terminal


class SandboxMiddleware:
    """Outermost ASGI layer: request ids, the ledger, anny's limits and fault injection."""

    def __init__(
        self, app: ASGIApp, store: Store, faults: FaultSet, limits: Limits | None = None
    ) -> None:
        self.app = app
        self.store = store
        self.faults = faults
        self.limits = limits if limits is not None else Limits(enabled=False)
        self._seq = itertools.count(1)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        request_id = headers.get("x-request-id") or uuid.uuid4().hex
        method, path = scope["method"], scope["path"]
        control = path.startswith("/__sandbox")
        key = f"{next(self._seq)}:{request_id}"
        token = current_request_id.set(None if control else key)
        if not control:
            self.store.ledger_begin(key, request_id, method, path, headers.get("idempotency-key"))
        status_seen: list[int] = []

        def settle(status: int | None, outcome: str) -> None:
            # Complete the ledger entry *before* the client can see the answer (or the closed
            # connection): the `finally` below runs only after the response went out, so a test
            # reading the ledger right after its response could still find it "pending".
            if not control:
                self.store.ledger_finish(key, status, outcome)

        async def tagged_send(message: Message, fault: str | None = None) -> None:
            if message["type"] == "http.response.start":
                status_seen.append(message["status"])
                if fault and fault.startswith(LIMIT_TAG):
                    # Refused by anny's limits: a real answer, not an injected fault.
                    settle(message["status"], fault[len(LIMIT_TAG) :])
                    fault = None
                else:
                    settle(message["status"], f"fault:{fault}" if fault else "ok")
                extra = [(b"x-request-id", request_id.encode("latin-1"))]
                if fault:
                    extra.append((FAULT_HEADER.encode(), fault.encode()))
                message = dict(message)
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        outcome = "ok"
        try:
            if not control and path.startswith("/api/"):
                receive, refused = await self._enforce(scope, receive, headers, tagged_send)
                if refused is not None:
                    outcome = refused
                    return
            delay, fault = (0, None) if control else self.faults.take(method, path)
            if delay:
                # Read the request before waiting, like a slow server that already has it: a
                # client that times out meanwhile must not stop the processing (otherwise
                # uvicorn reports the disconnect and the request is silently never handled).
                receive = await _buffered(receive)
                await asyncio.sleep(delay / 1000)
            if fault is None:
                await self.app(scope, receive, tagged_send)
            else:
                outcome = await self._inject(fault, scope, receive, send, tagged_send, settle)
        finally:
            current_request_id.reset(token)
            if not control:
                self.store.ledger_finish(key, status_seen[0] if status_seen else None, outcome)

    async def _enforce(
        self,
        scope: Scope,
        receive: Receive,
        headers: dict[str, str],
        send: Callable[[Message, str | None], Awaitable[None]],
    ) -> tuple[Receive, str | None]:
        """Budgets, the duplicate guard and page caps; the outcome if the request was refused."""
        method, path = scope["method"], scope["path"]
        query = scope.get("query_string", b"").decode("latin-1")
        body = b""
        if self.limits.enabled and method not in ("GET", "HEAD"):
            # The duplicate guard compares bodies: read it now and replay it to the app.
            receive = await _buffered(receive)
            message = await receive()
            body = message.get("body", b"")
            receive = _replay(message, receive)
        identity = identity_of(headers, scope.get("client"))
        decision = self.limits.check(identity, method, f"{path}?{query}", body)
        if not decision.allowed:
            await _respond(
                send,
                429,
                DOCUMENTED_BODY,
                "application/json",
                LIMIT_TAG + "rate_limited",
                {"retry-after": str(decision.retry_after)},
            )
            return receive, "rate_limited"
        cap = page_size_cap(path) if method in ("GET", "HEAD") else None
        if cap is not None:
            size = _page_size(query)
            if size is not None and size > cap:
                detail = f"The page size may not be greater than {cap} (page[size]={size})."
                document = {
                    "errors": [
                        {
                            "status": "400",
                            "code": "page_size_too_large",
                            "title": "Bad Request",
                            "detail": detail,
                            "source": {"parameter": "page[size]"},
                            "meta": {"max": cap},
                        }
                    ]
                }
                await _respond(
                    send, 400, json.dumps(document).encode(), JSONAPI, LIMIT_TAG + "page_size"
                )
                return receive, "page_size"
        return receive, None

    async def _inject(
        self,
        fault: Fault,
        scope: Scope,
        receive: Receive,
        raw_send: Send,
        send: Callable[[Message, str | None], Awaitable[None]],
        settle: Callable[[int | None, str], None],
    ) -> str:
        kind = fault.kind
        if kind == "rate_limit":
            # Exactly anny's documented 429 (Addendum C3): plain JSON, no `code`, Retry-After.
            extra = {"retry-after": str(fault.retry_after)}
            await _respond(send, 429, DOCUMENTED_BODY, "application/json", kind, extra)
            return f"fault:{kind}"
        if kind == "status":
            document = {
                "errors": [
                    {
                        "status": str(fault.status),
                        "code": "server_error",
                        "title": "Server Error",
                        "detail": f"Injected sandbox fault ({kind} {fault.status}).",
                    }
                ]
            }
            await _respond(send, fault.status, json.dumps(document).encode(), JSONAPI, kind, {})
            return f"fault:{kind}"
        if kind == "drop_before":
            settle(None, "fault:drop_before")
            # Read the whole request before closing: closing a socket with unread bytes makes
            # the kernel answer RST instead of FIN, and the client would then see a reset
            # (ReadError) rather than a server that closed without answering.
            await _buffered(receive)
            await _drop(raw_send)
            return "fault:drop_before"
        if kind == "html":
            page = b"<!DOCTYPE html><html><body><h1>Something went wrong</h1></body></html>"
            await _respond(send, 200, page, "text/html; charset=UTF-8", kind)
            return "fault:html"
        if kind == "html_forbidden":
            await _respond(send, 403, FORBIDDEN_PAGE, "text/html; charset=UTF-8", kind)
            return "fault:html_forbidden"
        if kind in SHAPED_ERRORS:
            shaped: dict[str, str] = (
                {"error": fault.message}
                if kind == "error_body"
                else {"title": _REASONS.get(fault.status, "Error"), "message": fault.message}
            )
            body = json.dumps(shaped).encode()
            await _respond(send, fault.status, body, "application/json", kind)
            return f"fault:{kind}"
        # The remaining kinds process the request first, then tamper with (or drop) the answer.
        captured = await _capture(self.app, scope, receive)
        if kind == "drop_after":
            settle(None, "fault:drop_after")
            await _drop(raw_send)
            return "fault:drop_after"
        status, headers, body = captured
        content_type = _header(headers, b"content-type") or "application/json"
        if kind == "malformed_json":
            body = b'{"data": {"type": "orders", "id": "1",, "attributes": {]}'
        elif kind == "truncated_json":
            body = body[: max(1, len(body) // 2)]
        elif kind in ("unknown_enum", "unknown_included") and "json" in content_type:
            body = _tamper(body, kind)
        await _respond(send, status, body, content_type, kind, _passthrough(headers))
        return f"fault:{kind}"


_REASONS = {
    400: "Bad Request",
    401: "Unauthenticated",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Entity",
    500: "Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


async def _respond(
    send: Callable[[Message, str | None], Awaitable[None]],
    status: int,
    body: bytes,
    content_type: str,
    fault: str,
    extra: dict[str, str] | None = None,
) -> None:
    headers = [
        (b"content-type", content_type.encode("latin-1")),
        (b"content-length", str(len(body)).encode()),
    ]
    headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers}, fault)
    await send({"type": "http.response.body", "body": body, "more_body": False}, fault)


async def _capture(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[int, list[Any], bytes]:
    result: dict[str, Any] = {"status": 500, "headers": [], "body": b""}

    async def capture(message: Message) -> None:
        if message["type"] == "http.response.start":
            result["status"] = message["status"]
            result["headers"] = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            result["body"] += message.get("body", b"")

    await app(scope, receive, capture)
    return result["status"], result["headers"], result["body"]


async def _buffered(receive: Receive) -> Receive:
    """Read the whole request body now; return a ``receive`` that replays it once."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return receive  # already disconnected: nothing to replay
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    pending: list[Message] = [
        {"type": "http.request", "body": b"".join(chunks), "more_body": False}
    ]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay


def _replay(message: Message, receive: Receive) -> Receive:
    pending = [message]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay


def _page_size(query: str) -> int | None:
    """``page[size]`` of a raw query string (either spelling of the brackets), if numeric."""
    from urllib.parse import parse_qsl

    for key, value in parse_qsl(query, keep_blank_values=True):
        if key == "page[size]":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _header(headers: list[Any], name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def _passthrough(headers: list[Any]) -> dict[str, str]:
    skip = {b"content-type", b"content-length"}
    return {
        bytes(k).decode("latin-1"): bytes(v).decode("latin-1")
        for k, v in headers
        if k.lower() not in skip
    }


async def _drop(send: Send) -> None:
    """Close the client connection without any response.

    uvicorn hands the app its ``RequestResponseCycle.send``; the cycle owns the transport.
    Marking the cycle disconnected stops uvicorn from writing its own 500 afterwards.
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if cycle is None or transport is None:
        raise ConnectionDropped("sandbox fault: the connection was dropped")
    transport.close()
    if hasattr(cycle, "disconnected"):
        cycle.disconnected = True
    await asyncio.sleep(0)


def _tamper(body: bytes, kind: str) -> bytes:
    try:
        doc = json.loads(body)
    except ValueError:
        return body
    if kind == "unknown_enum":
        doc = _replace_enums(doc)
    elif isinstance(doc, dict) and "data" in doc:
        doc.setdefault("included", []).append(
            {
                "type": "sandbox-unknown-things",
                "id": "1",
                "attributes": {"note": "a type no client knows about"},
            }
        )
    return json.dumps(doc).encode()


def _replace_enums(value: Any) -> Any:
    if isinstance(value, list):
        return [_replace_enums(v) for v in value]
    if isinstance(value, dict):
        return {
            k: UNKNOWN_VALUE
            if k in ENUM_KEYS and isinstance(v, str)
            else (v if k == "errors" else _replace_enums(v))
            for k, v in value.items()
        }
    return value
