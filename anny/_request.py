"""The request layer's names in one place, for modules that have not moved to the modules of
one job yet (issue 18 §3): :mod:`anny._plan` (:class:`RequestPlan`), :mod:`anny._json_body`
(request bodies), :mod:`anny._build` (plan → :class:`httpx.Request`), :mod:`anny._plan_flow`
(the life of one plan: retry, pacing, error mapping) and :mod:`anny._response` (decoding,
parsers, :class:`APIResponse`). New code imports from those modules.
"""

from __future__ import annotations

from anny._build import build_request
from anny._json_body import encode_json_body
from anny._plan import RequestPlan
from anny._plan_flow import Send, Sleep, plan_flow
from anny._response import (
    APIResponse,
    decode_json,
    document_parser,
    parse_bytes,
    parse_document,
    parse_json,
    parse_none,
    release_stream,
)

__all__ = [
    "APIResponse",
    "RequestPlan",
    "Send",
    "Sleep",
    "build_request",
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
