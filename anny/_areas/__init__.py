"""The per-area helpers (``client.bookings`` …): one module per spec tag, each written once as
flows and bound to both clients by :mod:`anny._areas._binding`."""
