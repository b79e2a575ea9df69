"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from threading import RLock
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


# One first read of a lazy `parsed` at a time, so that each response's parse function runs once.
_FIRST_READ = RLock()


class _LazyParse:
    """Holds the parse function of a `Response` whose `parsed` has not been read yet"""

    __slots__ = ("_parse",)


@define
class Response(_LazyParse, Generic[T]):
    """A response from an endpoint

    `parsed` is computed from the body on first read and then kept: an error in the body (or a
    model that does not fit it) is raised by that read, not by the call that sent the request.
    """

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    @classmethod
    def lazy(
        cls,
        *,
        status_code: HTTPStatus,
        content: bytes,
        headers: MutableMapping[str, str],
        parse: Callable[[], T | None],
    ) -> "Response[T]":
        """A response whose `parsed` is `parse()`, called on the first read of `parsed`"""
        self = cls.__new__(cls)
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self._parse = parse
        return self

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name != "parsed":
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            with _FIRST_READ:
                try:  # another thread's first read may have filled it meanwhile
                    return object.__getattribute__(self, "parsed")
                except AttributeError:
                    pass
                # Not made by `lazy`, or already parsed and then deleted: no `parsed`, as before.
                try:
                    parse = object.__getattribute__(self, "_parse")
                except AttributeError:
                    raise AttributeError(
                        f"{type(self).__name__!r} object has no attribute 'parsed'"
                    ) from None
                self.parsed = parse()
                del self._parse  # frees the httpx response the function holds
                return self.parsed


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
