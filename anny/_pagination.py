"""Pagination over JSON:API collections: :class:`Pager` and :class:`AsyncPager`.

Both classes drive the same pure decision function, :func:`next_page`, which looks at the
page just received and says which request comes next. In order of preference:

1. ``links.next`` (absolute or relative URL, string or ``{"href": ...}``); an explicit
   ``"next": null`` ends the iteration.
2. ``meta.page["current-page"]`` / ``meta.page["last-page"]`` (the dasherized JSON:API
   form) or ``meta.current_page`` / ``meta.last_page`` (the normalized form): continue with
   ``page[number] = current + 1`` while ``current < last``.
3. A short page: fewer items than the ``page[size]`` that was asked for (or none at all)
   is the last one; a full page asks for the next page number.

Safety: a ``next`` link (or computed next page) that points at a page already fetched
stops the iteration with a warning on the ``anny`` logger instead of looping forever —
stopping keeps the items already yielded useful, where raising would throw them away. A
``next`` link to another host is not followed (the bearer token must not leak there).
``max_pages`` (default 1000) caps any iteration, also with a warning.
"""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeAlias, TypeVar
from urllib.parse import parse_qsl

import attrs
import httpx

from anny._jsonapi import Document, Resource
from anny._logging import logger, redact_url
from anny._operations import find_operation
from anny._plan import RequestPlan
from anny._response import APIResponse, release_stream
from anny.errors import InvalidParameterError

__all__ = [
    "DEFAULT_MAX_PAGES",
    "AsyncPager",
    "NextPage",
    "Page",
    "Paged",
    "Pager",
    "async_pager",
    "first_page_flow",
    "fit_page_size",
    "next_page",
    "page_size_cap",
    "pager",
]

T = TypeVar("T")

DEFAULT_MAX_PAGES = 1000

_UrlKey = tuple[str, str, int | None, str, tuple[tuple[str, str], ...]]


def page_size_cap(path: str) -> int | None:
    """The largest ``page[size]`` anny accepts on ``path`` (a path or URL), if it caps it.

    The spec is the one place the caps are written (reference Addendum C5): the ``maximum`` of
    the ``page[size]`` parameter of the ``GET`` operation ``path`` is an instance of. A path
    outside the spec, or a list the spec does not cap (a resource's children: desk bots page
    them by 250, reference §7.7), has none.
    """
    if "://" in path:
        path = httpx.URL(path).path
    return _cap(path.split("?", 1)[0])


# Pagers and helpers ask for the same few lists over and over; bounded, so a crawler of many
# ids cannot grow it for ever.
@functools.lru_cache(maxsize=4096)
def _cap(path: str) -> int | None:
    # anny's router ignores one trailing slash; the spec's templates have none.
    op = find_operation("GET", path.rstrip("/") or "/")
    if op is None:
        return None
    for param in op.params:
        if param.location == "query" and param.wire == "page[size]":
            return param.maximum
    return None


def fit_page_size(plan: RequestPlan[Document]) -> RequestPlan[Document]:
    """The first page's plan with anny's largest page size where none was asked for.

    Fewer pages are fewer requests against the budget. A ``page[size]`` above the endpoint's
    cap raises :class:`~anny.InvalidParameterError` before anything is sent (anny would
    answer 400).
    """
    cap = page_size_cap(plan.path)
    if cap is None:
        return plan
    sizes = [v for k, v in plan.params if k == "page[size]"]
    if not sizes:
        return plan.with_params([*plan.params, ("page[size]", str(cap))])
    for size in sizes:
        text = size.strip()
        number = int(text) if text.isascii() and text.isdigit() else None
        if number is not None and number > cap:
            raise InvalidParameterError(
                f"page_size {number} is above anny's limit of {cap} for this list "
                "(anny refuses larger pages with 400)"
            )
    return plan


def _url_key(url: httpx.URL) -> _UrlKey:
    # Compare URLs by meaning: `page%5Bnumber%5D=2` and `page[number]=2` are the same page.
    pairs = tuple(sorted(parse_qsl(url.query.decode("ascii", "replace"), keep_blank_values=True)))
    return (url.scheme, url.host, url.port, url.path, pairs)


# Page numbers and sizes come from the server (or a URL it sent): anything outside this range
# is not a page number but noise, and treating it as "no information" is always safe.
_MAX_PAGE_NUMBER = 10**9
# ASCII digits only: str.isdigit() accepts "²" and other digits int() refuses.
_DIGITS = re.compile(r"[0-9]{1,10}")


def _as_int(value: object) -> int | None:
    number: int | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        number = int(value.strip())
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    if number is None or not 0 <= number <= _MAX_PAGE_NUMBER:
        return None
    return number


def _link_href(value: object) -> str | None:
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        href = value.get("href")
        return href if isinstance(href, str) and href else None
    return None


def _page_meta(doc: Document) -> tuple[int | None, int | None]:
    page = doc.meta.get("page")
    if isinstance(page, dict):
        current = _as_int(page.get("current-page", page.get("current_page")))
        last = _as_int(page.get("last-page", page.get("last_page")))
        if current is not None and last is not None:
            return current, last
    return _as_int(doc.meta.get("current_page")), _as_int(doc.meta.get("last_page"))


def _param(url: httpx.URL, name: str) -> str | None:
    for key, value in parse_qsl(url.query.decode("ascii", "replace"), keep_blank_values=True):
        if key == name:
            return value
    return None


@attrs.frozen
class NextPage:
    """Decision of :func:`next_page`: the next URL to fetch, or ``None`` and why not."""

    url: httpx.URL | None
    reason: str
    warning: bool = False


def next_page(
    doc: Document,
    *,
    request_url: httpx.URL,
    seen: frozenset[_UrlKey],
    pages_fetched: int,
    max_pages: int,
) -> NextPage:
    """Pure decision: which URL to fetch after ``doc`` (fetched from ``request_url``)."""
    if pages_fetched >= max_pages:
        return NextPage(None, f"max_pages={max_pages} reached", warning=True)

    candidate: httpx.URL | None = None
    via = ""
    if "next" in doc.links:
        href = _link_href(doc.links.get("next"))
        if href is None:
            return NextPage(None, "links.next is empty")
        try:
            candidate = request_url.join(href)
        except (httpx.InvalidURL, ValueError, TypeError):
            # Stop instead of raising: the pages already yielded stay usable (see above).
            return NextPage(None, "links.next is not a valid URL; not followed", True)
        if (candidate.scheme, candidate.host, candidate.port) != (
            request_url.scheme,
            request_url.host,
            request_url.port,
        ):
            return NextPage(None, "links.next points to another host; not followed", True)
        via = "links.next"
    else:
        current, last = _page_meta(doc)
        if current is not None and last is not None:
            if current >= last:
                return NextPage(None, f"last page reached (page {current} of {last})")
            candidate = request_url.copy_set_param("page[number]", str(current + 1))
            via = "meta page numbers"
        else:
            size = _as_int(_param(request_url, "page[size]"))
            count = len(doc)
            if count == 0:
                return NextPage(None, "empty page")
            if size is None:
                return NextPage(None, "no pagination information: single page")
            if count < size:
                return NextPage(None, f"short page ({count} < {size})")
            number = _as_int(_param(request_url, "page[number]")) or 1
            candidate = request_url.copy_set_param("page[number]", str(number + 1))
            via = "full page"
    if _url_key(candidate) in seen:
        return NextPage(None, f"{via} repeats a page already fetched", warning=True)
    return NextPage(candidate, via)


@attrs.frozen
class Page(Generic[T]):
    """One fetched page: its items, the :class:`Document` and the raw response."""

    items: list[T]
    document: Document = attrs.field(repr=False)
    response: APIResponse[Document] = attrs.field(repr=False)
    number: int = 1


def _check_max_pages(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError(f"max_pages must be an int >= 1, got {value!r}")
    return value


class _PagerState:
    """Mutable bookkeeping shared by both pagers (no I/O)."""

    def __init__(self, plan: RequestPlan[Document], max_pages: int) -> None:
        self.plan: RequestPlan[Document] | None = plan
        self.max_pages = max_pages
        self.seen: set[_UrlKey] = set()
        self.fetched = 0

    def advance(self, raw: APIResponse[Document], doc: Document) -> None:
        assert self.plan is not None
        url = raw.http_response.request.url
        self.seen.add(_url_key(url))
        self.fetched += 1
        decision = next_page(
            doc,
            request_url=url,
            seen=frozenset(self.seen),
            pages_fetched=self.fetched,
            max_pages=self.max_pages,
        )
        if decision.url is None:
            log = logger.warning if decision.warning else logger.debug
            log("pagination of %s stopped: %s", redact_url(str(url)), decision.reason)
            self.plan = None
        else:
            # The next URL already carries the whole query string.
            self.plan = self.plan.replace(path=str(decision.url), params=())


def _release_stream(raw: APIResponse[Document]) -> None:
    # The runners already do this; a custom `fetch` may not, and a page must be freed by
    # reference counting alone (see release_stream).
    release_stream(raw.http_response)


def _items(doc: Document, map_item: Callable[[Any], T]) -> list[T]:
    return [map_item(item) for item in doc]


def _identity(item: Any) -> Any:
    return item


class Pager(Generic[T]):
    """Iterate the items of a paginated collection (blocking).

    ``for item in pager`` yields items across all pages; :meth:`pages` yields
    :class:`Page` objects; :meth:`first_page` fetches only the first page.
    """

    def __init__(
        self,
        fetch: Callable[[RequestPlan[Document]], APIResponse[Document]],
        plan: RequestPlan[Document],
        *,
        map_item: Callable[[Any], T] = _identity,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        self._fetch = fetch
        self._plan = plan
        self._map_item = map_item
        self._max_pages = _check_max_pages(max_pages)

    def first_page(self) -> Page[T]:
        """Fetch the first page only."""
        raw = self._fetch(self._plan)
        _release_stream(raw)
        doc = raw.parse()
        return Page(_items(doc, self._map_item), doc, raw, 1)

    def pages(self) -> Iterator[Page[T]]:
        """Fetch pages lazily, one request per page."""
        state = _PagerState(self._plan, self._max_pages)
        while state.plan is not None:
            raw = self._fetch(state.plan)
            _release_stream(raw)
            doc = raw.parse()
            state.advance(raw, doc)
            yield Page(_items(doc, self._map_item), doc, raw, state.fetched)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"Pager({self._plan!r}, max_pages={self._max_pages})"


class AsyncPager(Generic[T]):
    """Iterate the items of a paginated collection (``async for``)."""

    def __init__(
        self,
        fetch: Callable[[RequestPlan[Document]], Awaitable[APIResponse[Document]]],
        plan: RequestPlan[Document],
        *,
        map_item: Callable[[Any], T] = _identity,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        self._fetch = fetch
        self._plan = plan
        self._map_item = map_item
        self._max_pages = _check_max_pages(max_pages)

    async def first_page(self) -> Page[T]:
        """Fetch the first page only."""
        raw = await self._fetch(self._plan)
        _release_stream(raw)
        doc = raw.parse()
        return Page(_items(doc, self._map_item), doc, raw, 1)

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Fetch pages lazily, one request per page."""
        state = _PagerState(self._plan, self._max_pages)
        while state.plan is not None:
            raw = await self._fetch(state.plan)
            _release_stream(raw)
            doc = raw.parse()
            state.advance(raw, doc)
            yield Page(_items(doc, self._map_item), doc, raw, state.fetched)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        return f"AsyncPager({self._plan!r}, max_pages={self._max_pages})"


# --------------------------------------------------------------------------- lists as flows

#: What :func:`pager` runs each page fetch with: a client's ``run`` (``Anny.run``).
_PageFlow: TypeAlias = Generator[Any, Any, APIResponse[Document]]


@attrs.frozen
class Paged(Generic[T]):
    """A list to page through: the first page's plan and how to read one item.

    What a paginating helper returns (the ``paged`` binding makes it a :class:`Pager` or an
    :class:`AsyncPager`), and what ``client.paginate`` builds from its arguments.
    ``prepare`` (optional) makes a flow run before the first page that returns the real first
    plan, for lists whose query needs a look-up (a slug's id); a function, so that asking for
    the first page again after a failed look-up looks it up again.
    """

    plan: RequestPlan[Document]
    map_item: Callable[[Resource], T] = attrs.field(default=_identity)
    prepare: Callable[[], Generator[Any, Any, RequestPlan[Document]]] | None = None
    max_pages: int = DEFAULT_MAX_PAGES


class _PageFetches:
    """The page fetches of one pager, each a flow: ``prepare`` (once) before the first page.

    A fetch yields the page's plan and returns its :class:`APIResponse` unparsed (the pager
    parses it); the client's ``run`` drives it like any helper's flow, so pages get the same
    cache, single-flight, pacing and retries.
    """

    def __init__(self, paged: Paged[Any]) -> None:
        self.paged = paged
        self.start = fit_page_size(paged.plan)  # checked now: a bad page size is refused unsent
        self.prepared: RequestPlan[Document] | None = None

    def flow(self, plan: RequestPlan[Document]) -> _PageFlow:
        if plan is self.start and self.paged.prepare is not None:
            if self.prepared is None:
                self.prepared = fit_page_size((yield from self.paged.prepare()))
            plan = self.prepared
        response: APIResponse[Document] = yield plan
        return response


def _over(pager_cls: type[Any], run: Callable[[_PageFlow], Any], paged: Paged[Any]) -> Any:
    fetches = _PageFetches(paged)
    return pager_cls(
        lambda plan: run(fetches.flow(plan)),
        fetches.start,
        map_item=paged.map_item,
        max_pages=paged.max_pages,
    )


def pager(run: Callable[[_PageFlow], APIResponse[Document]], paged: Paged[T]) -> Pager[T]:
    """A :class:`Pager` over ``paged`` whose pages are flows run by ``run`` (``Anny.run``)."""
    found: Pager[T] = _over(Pager, run, paged)
    return found


def async_pager(
    run: Callable[[_PageFlow], Awaitable[APIResponse[Document]]], paged: Paged[T]
) -> AsyncPager[T]:
    """An :class:`AsyncPager` over ``paged`` whose pages are run by ``run`` (``AsyncAnny.run``)."""
    found: AsyncPager[T] = _over(AsyncPager, run, paged)
    return found


def first_page_flow(paged: Paged[Any]) -> _PageFlow:
    """The flow of ``paged``'s first page alone (what a list's raw response is)."""
    fetches = _PageFetches(paged)
    return fetches.flow(fetches.start)
