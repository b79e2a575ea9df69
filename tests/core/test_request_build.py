"""build_request sends exactly what httpx's own ``build_request(url, params=...)`` sends.

anny encodes the query itself and hands httpx one URL to parse (issue 18 §5: parsing it
three times was a third of a GET's cost); these tests pin the wire to httpx's encoding.
"""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anny._build import build_request
from anny._plan import RequestPlan

BASE = "https://b.anny.co"
TIMEOUT = httpx.Timeout(30.0, connect=5.0)

# Names and values as a caller may pass them: brackets, commas, spaces, '&', '=', '#', '%',
# '+', non-ASCII letters; names repeat (a list sent as `r[]=1&r[]=2`, or out of order).
_text = st.text(
    alphabet=st.sampled_from("abz09[]_-.,:/ &=#%+?ä€😀"),
    max_size=12,
)
_pairs = st.lists(st.tuples(st.sampled_from(["a", "b[]", "filter[x]", "ä"]) | _text, _text))
_paths = st.sampled_from(
    ["/api/v1/bookings", "/api/v1/resources/r%C3%A4um/services", "/api/v1/a b/ä", "/"]
)


def _httpx_way(http: httpx.Client, plan: RequestPlan[object], base_url: str) -> httpx.Request:
    # What build_request did before: the URL string and the params apart.
    url = plan.path if "://" in plan.path else base_url + plan.path
    return http.build_request(
        plan.method,
        url,
        params=list(plan.params) if plan.params else None,
        headers={"Accept": "application/vnd.api+json"},
        timeout=TIMEOUT,
    )


def _anny_way(http: httpx.Client, plan: RequestPlan[object], base_url: str) -> httpx.Request:
    return build_request(
        http,
        plan,
        base_url=base_url,
        base_headers={"Accept": "application/vnd.api+json"},
        timeout=TIMEOUT,
    )


def _same(a: httpx.Request, b: httpx.Request) -> None:
    assert str(a.url) == str(b.url)
    assert a.url.raw_path == b.url.raw_path
    assert a.method == b.method
    assert a.headers.multi_items() == b.headers.multi_items()
    assert a.extensions == b.extensions
    assert a.content == b.content


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(path=_paths, pairs=_pairs)
def test_the_query_is_encoded_as_httpx_encodes_it(path: str, pairs: list[tuple[str, str]]) -> None:
    http = httpx.Client()
    plan: RequestPlan[object] = RequestPlan("GET", path, params=pairs)
    _same(_anny_way(http, plan, BASE), _httpx_way(http, plan, BASE))


@pytest.mark.parametrize(
    "path",
    [
        # A pagination link carries its own query: httpx replaces it with the params.
        f"{BASE}/api/v1/bookings?page%5Bnumber%5D=2",
        f"{BASE}/api/v1/bookings#top",
        f"{BASE}/api/v1/bookings",
        "/api/v1/bookings",
    ],
)
@pytest.mark.parametrize("client_params", [None, {"tenant": "x y"}])
@pytest.mark.parametrize("params", [(), (("b", "2"), ("a", "1"), ("b", "3"))])
def test_links_with_a_query_and_httpx_clients_with_params_keep_httpx_semantics(
    path: str, client_params: dict[str, str] | None, params: tuple[tuple[str, str], ...]
) -> None:
    http = httpx.Client(params=client_params)
    plan: RequestPlan[object] = RequestPlan("GET", path, params=params)
    _same(_anny_way(http, plan, BASE), _httpx_way(http, plan, BASE))


def test_repeated_names_are_grouped_at_their_first_place_like_httpx() -> None:
    http = httpx.Client()
    plan: RequestPlan[object] = RequestPlan(
        "GET", "/api/v1/x", params=[("b", "2"), ("a", "1"), ("b", "3"), ("c", "a,b")]
    )
    request = _anny_way(http, plan, BASE)
    assert str(request.url) == f"{BASE}/api/v1/x?b=2&b=3&a=1&c=a%2Cb"
    assert request.extensions["timeout"] == TIMEOUT.as_dict()


def test_an_anonymous_plan_gets_the_same_url_and_no_client_settings() -> None:
    http = httpx.Client(params={"tenant": "x"}, headers={"X-Client": "1"})
    plan: RequestPlan[object] = RequestPlan(
        "POST",
        "https://auth.example/token",
        params=[("a", "1 2"), ("b", "ä")],
        form=[("grant_type", "refresh_token")],
        anonymous=True,
    )
    request = _anny_way(http, plan, BASE)
    assert str(request.url) == "https://auth.example/token?a=1+2&b=%C3%A4"
    assert "x-client" not in request.headers
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"grant_type=refresh_token"
    assert request.extensions["timeout"] == TIMEOUT.as_dict()
