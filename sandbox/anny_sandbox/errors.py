"""JSON:API error documents in the shape real anny sends, localized for de/en.

Real errors carry ``status`` as a *string* and ``code``/``title``/``detail``; the sandbox adds
``source`` (pointer or parameter) on validation errors, which the spec allows.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

JSONAPI = "application/vnd.api+json"

# code -> locale -> (title, detail template)
MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    "not_found": {
        "en": ("Not found", "{what} '{ident}' was not found."),
        "de": ("Nicht gefunden", "{what} „{ident}“ wurde nicht gefunden."),
    },
    "unsupported_media_type": {
        "en": (
            "Unsupported media type",
            "Write requests must be sent as application/vnd.api+json, not {got}.",
        ),
        "de": (
            "Nicht unterstützter Medientyp",
            "Schreibende Anfragen müssen als application/vnd.api+json gesendet werden, "
            "nicht als {got}.",
        ),
    },
    "validation_error": {
        "en": ("Invalid data", "{field}: {problem}"),
        "de": ("Ungültige Daten", "{field}: {problem}"),
    },
    "invalid_parameter": {
        "en": ("Invalid parameter", "The parameter {field} is invalid: {problem}"),
        "de": ("Ungültiger Parameter", "Der Parameter {field} ist ungültig: {problem}"),
    },
    "slot_unavailable": {
        "en": (
            "Time slot unavailable",
            "The selected time slot from {start} to {end} is no longer available.",
        ),
        "de": (
            "Zeitraum nicht verfügbar",
            "Der gewählte Zeitraum von {start} bis {end} ist nicht mehr verfügbar.",
        ),
    },
    "unavailable_interval": {
        "en": ("Not bookable", "Outside the booking window: the {edge} is on {date}."),
        "de": ("Nicht buchbar", "Außerhalb des Buchungsfensters: {edge} ist am {date}."),
    },
    # Same code as above (anny's one known code for "this interval cannot be booked"), other
    # words: a start off the service's slot grid. Its detail also ends "on DD.MM.YYYY HH:MM",
    # the next start on the grid, where clients that parse the cut-off look for a date.
    "off_grid": {
        "en": (
            "Not bookable",
            "{start} is not a start time of this service (every {interval} minutes); "
            "the next start is on {next}.",
        ),
        "de": (
            "Nicht buchbar",
            "{start} ist keine Startzeit dieser Leistung (alle {interval} Minuten); "
            "der nächste Beginn ist am {next}.",
        ),
    },
    "off_schedule": {
        "en": ("Outside opening hours", "{start} to {end} is outside the opening hours."),
        "de": (
            "Außerhalb der Öffnungszeiten",
            "{start} bis {end} liegt außerhalb der Öffnungszeiten.",
        ),
    },
    "unauthenticated": {
        "en": ("Unauthenticated", "This request needs a customer access token."),
        "de": ("Nicht angemeldet", "Für diese Anfrage ist ein Kunden-Zugriffstoken nötig."),
    },
    "invalid_token": {
        "en": ("Unauthenticated", "The access token is invalid or has expired."),
        "de": ("Nicht angemeldet", "Das Zugriffstoken ist ungültig oder abgelaufen."),
    },
    "forbidden": {
        "en": ("Forbidden", "Only members of {community} may see {resource}."),
        "de": ("Verboten", "Nur Mitglieder von {community} dürfen {resource} sehen."),
    },
    "community_invite_only": {
        "en": ("Forbidden", "{community} takes members by invitation only."),
        "de": ("Verboten", "{community} nimmt Mitglieder nur auf Einladung auf."),
    },
    "invalid_order_token": {
        "en": ("Forbidden", "The order access token does not match order {number}."),
        "de": ("Verboten", "Das Zugriffstoken passt nicht zur Bestellung {number}."),
    },
    "community_required": {
        "en": ("Members only", "Only members of {community} may book {resource}."),
        "de": ("Nur für Mitglieder", "Nur Mitglieder von {community} dürfen {resource} buchen."),
    },
    "order_expired": {
        "en": ("Cart expired", "The cart {number} expired at {when}; please start again."),
        "de": ("Warenkorb abgelaufen", "Der Warenkorb {number} ist um {when} abgelaufen."),
    },
    "order_not_editable": {
        "en": ("Order not editable", "The order {number} is {state} and can no longer change."),
        "de": (
            "Bestellung nicht änderbar",
            "Die Bestellung {number} ist {state} und kann nicht mehr geändert werden.",
        ),
    },
    "empty_cart": {
        "en": ("Empty cart", "The cart contains no bookings."),
        "de": ("Leerer Warenkorb", "Der Warenkorb enthält keine Buchungen."),
    },
    "not_cancelable": {
        "en": ("Not cancelable", "Booking {number} can no longer be canceled ({reason})."),
        "de": (
            "Nicht stornierbar",
            "Die Buchung {number} kann nicht mehr storniert werden ({reason}).",
        ),
    },
    "invalid_voucher": {
        "en": ("Invalid voucher", "The voucher code '{voucher}' is not valid."),
        "de": ("Ungültiger Gutschein", "Der Gutscheincode „{voucher}“ ist nicht gültig."),
    },
    "invalid_verification_code": {
        "en": ("Invalid code", "The verification code is wrong or has expired."),
        "de": ("Ungültiger Code", "Der Bestätigungscode ist falsch oder abgelaufen."),
    },
    # The real booking-limit error: English title with the organization, a localized sentence
    # with an unfilled {name} placeholder as detail, repeated as `code` (see to_error).
    "booking_limit": {
        "en": (
            "Booking limit exceeded for {organization}",
            "You have reached the booking limit for {{name}} in this timeslot.",
        ),
        "de": (
            "Booking limit exceeded for {organization}",
            "Du hast das Buchungslimit für {{name}} in diesem Zeitraum erreicht.",
        ),
    },
    "conflict": {
        "en": ("Conflict", "{problem}"),
        "de": ("Konflikt", "{problem}"),
    },
    "rate_limited": {
        "en": ("Too many requests", "Too many requests; retry after {seconds} seconds."),
        "de": ("Zu viele Anfragen", "Zu viele Anfragen; bitte in {seconds} Sekunden erneut."),
    },
    "server_error": {
        "en": ("Server error", "The sandbox failed unexpectedly ({problem})."),
        "de": ("Serverfehler", "Die Sandbox ist unerwartet fehlgeschlagen ({problem})."),
    },
    "method_not_allowed": {
        "en": ("Method not allowed", "{method} is not allowed here."),
        "de": ("Methode nicht erlaubt", "{method} ist hier nicht erlaubt."),
    },
}

CODE_IS_DETAIL = frozenset({"booking_limit"})

WHAT = {
    "en": {},
    "de": {
        "Organization": "Organisation",
        "Resource": "Ressource",
        "Service": "Leistung",
        "Booking": "Buchung",
        "Order": "Bestellung",
        "Community": "Community",
        "Plan": "Tarif",
        "Subscription": "Abonnement",
        "Pass": "Pass",
        "Waitlist entry": "Wartelisteneintrag",
        "Queue ticket": "Warteschlangen-Ticket",
        "Customer account": "Kundenkonto",
        "Page": "Seite",
    },
}


class ApiError(Exception):
    """Raised by handlers; the app turns it into a JSON:API error document."""

    def __init__(
        self,
        status: int,
        code: str,
        *,
        pointer: str | None = None,
        parameter: str | None = None,
        headers: dict[str, str] | None = None,
        template: str | None = None,
        **params: Any,
    ) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        # The MESSAGES entry, when one code has several wordings (``off_grid``).
        self.template = template or code
        self.pointer = pointer
        self.parameter = parameter
        self.headers = headers or {}
        self.params = params

    def to_error(self, locale: str) -> dict[str, Any]:
        templates = MESSAGES.get(self.template, MESSAGES["conflict"])
        title, detail = templates.get(locale, templates["en"])
        # A parameter may itself be localized: {"en": ..., "de": ...}.
        params = {
            k: (v.get(locale, v.get("en")) if isinstance(v, dict) else v)
            for k, v in self.params.items()
        }
        what = params.get("what")
        if isinstance(what, str):
            params["what"] = WHAT.get(locale, {}).get(what, what)
        try:
            rendered = detail.format(**params)
            title = title.format(**params)
        except (KeyError, IndexError):
            rendered = detail
        error: dict[str, Any] = {
            "status": str(self.status),
            # anny repeats the localized sentence as `code` on this error (reference §7.3).
            "code": rendered if self.code in CODE_IS_DETAIL else self.code,
            "title": title,
            "detail": rendered,
        }
        if self.pointer is not None:
            error["source"] = {"pointer": self.pointer}
        elif self.parameter is not None:
            error["source"] = {"parameter": self.parameter}
        return error


class ApiErrors(Exception):
    """Several errors at once (a body with more than one invalid field)."""

    def __init__(self, errors: list[ApiError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, "not_found", what=what, ident=ident)


def invalid(pointer: str, problem: str) -> ApiError:
    field = pointer.rsplit("/", 1)[-1] or pointer
    return ApiError(422, "validation_error", pointer=pointer, field=field, problem=problem)


def bad_param(parameter: str, problem: str) -> ApiError:
    """A query parameter problem: 422 with ``source.parameter`` (the spec's choice over 400)."""
    return ApiError(422, "invalid_parameter", parameter=parameter, field=parameter, problem=problem)


def error_response(errors: list[ApiError], locale: str) -> JSONResponse:
    status = errors[0].status
    headers: dict[str, str] = {}
    for err in errors:
        headers.update(err.headers)
    return JSONResponse(
        {"errors": [e.to_error(locale) for e in errors]},
        status_code=status,
        media_type=JSONAPI,
        headers=headers,
    )


def locale_of(accept_language: str | None) -> str:
    """Pick ``de`` or ``en`` from an Accept-Language header (q-values respected)."""
    if not accept_language:
        return "en"
    best = ("en", -1.0)
    for part in accept_language.split(","):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        lang = tag.strip().lower()[:2]
        if lang in ("de", "en") and quality > best[1]:
            best = (lang, quality)
    return best[0]
