"""Claim statuses from conflict sides (the order is :data:`claimline.schemas.CLAIM_STATUS_SEVERITY`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..schemas import Conflict

SIDE_ORDER = {"stands": 0, "disputed": 1, "outvoted": 2, "unsupported": 3, "superseded": 4}

_STATUS_RANK = {"superseded": 3, "disputed": 2, "outvoted": 1, "stands": 0}


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
            for cid in side.claim_ids:
                cur = out.get(cid)
                if cur is None or _STATUS_RANK[st] > _STATUS_RANK[cur]:
                    out[cid] = st
    return out
