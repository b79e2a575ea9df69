"""Responses: decoding the JSON body, the parsers a plan names, and :class:`APIResponse`
(a successful HTTP response plus its parser)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from anny._jsonapi import Document
from anny._logging import redact_url
from anny.errors import (
    AnnyError,
    APIResponseValidationError,
    request_id_of,
)

__all__ = [
    "JSONAPI_MEDIA_TYPE",
    "APIResponse",
    "decode_json",
    "document_parser",
    "parse_bytes",
    "parse_document",
    "parse_json",
    "parse_none",
    "release_stream",
]

T = TypeVar("T")
U = TypeVar("U")

JSONAPI_MEDIA_TYPE = "application/vnd.api+json"


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
