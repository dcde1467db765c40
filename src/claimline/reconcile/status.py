"""Claim statuses from conflict sides (the orders are :mod:`claimline.schemas`'s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..vocab import CLAIM_STATUS_SEVERITY, SIDE_STATUS_ORDER

if TYPE_CHECKING:
    from ..schemas import Conflict

#: sides are listed stands, disputed, outvoted, unsupported, superseded
SIDE_ORDER = SIDE_STATUS_ORDER
#: Prefix of the id on a conflict side that stands for an event frame in no claim (the outlet's own
#: statement: :func:`claimline.reconcile.events.outlet_statement`): no claim, so no claim status.
OUTLET_STATEMENT = "own:"


def is_claim(claim_id: str) -> bool:
    """A side's id names a stored claim (not an outlet's own statement, :data:`OUTLET_STATEMENT`)."""
    return not claim_id.startswith(OUTLET_STATEMENT)


def claim_statuses(conflicts: Sequence[Conflict]) -> dict[str, str]:
    """claim_id -> ``stands`` | ``superseded`` | ``outvoted`` | ``disputed``.

    Side status maps to claim status (``unsupported`` -> ``disputed``). A
    claim on sides of several conflicts gets the most severe: superseded >
    disputed > outvoted > stands. Claims in no conflict are absent (they
    stand by default).
    """
    out: dict[str, str] = {}
    for conflict in conflicts:
        for side in conflict.sides:
            st = "disputed" if side.status == "unsupported" else side.status
            for cid in filter(is_claim, side.claim_ids):
                cur = out.get(cid)
                if cur is None or CLAIM_STATUS_SEVERITY[st] > CLAIM_STATUS_SEVERITY[cur]:
                    out[cid] = st
    return out
