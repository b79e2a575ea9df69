"""The sandbox's business rules, one module per rule, called by handlers and serializers.

- :mod:`.pricing`: what a booking costs, an order's totals, and how it is paid;
- :mod:`.cancellation`: which cancellation tier applies, the fee, the refund, the deadline;
- :mod:`.quotas`: the per-customer booking limits that fail a checkout with anny's 400;
- :mod:`.access`: who may see a member-only resource, and how anny refuses it;
- :mod:`.conflicts`: how a taken slot is answered (JSON:API 409, or the shop's HTML page);
- availability (opening periods, slots, capacity) is :mod:`anny_sandbox.engine`.

A rule lives in exactly one place here: handlers decide *when* to apply it and serializers
*show* its result, so the next behaviour is added in one file.
"""
