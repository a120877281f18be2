"""1:N matching of probe embeddings against the gallery's templates.

One matrix product per probe batch (templates are L2-normalised, so the dot product is the
cosine), then the best score per person via a sort-free ``np.maximum.reduceat`` over templates
grouped by person. 100 000 templates x 512 dims is 200 MB of float32 and takes a few ms.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from faceapp.core.gallery import TemplateSet


@dataclass
class Candidate:
    person_id: int
    score: float


@dataclass
class MatchResult:
    """Best candidates for one probe, best first; ``accepted`` against the threshold."""

    candidates: list[Candidate]
    threshold: float

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def accepted(self) -> bool:
        return self.best is not None and self.best.score >= self.threshold


class Matcher:
    """Holds one model's templates in memory, grouped by person."""

    def __init__(self, templates: TemplateSet, threshold: float) -> None:
        self.threshold = float(threshold)
        self.load(templates)

    def load(self, templates: TemplateSet) -> None:
        order = np.argsort(templates.person_ids, kind="stable")
        self.person_ids = templates.person_ids[order]
        self.embeddings = np.ascontiguousarray(templates.embeddings[order], dtype=np.float32)
        if len(self.person_ids):
            starts = np.r_[0, np.nonzero(np.diff(self.person_ids))[0] + 1]
        else:
            starts = np.zeros(0, np.int64)
        self._starts = starts
        self.people = self.person_ids[starts] if len(starts) else np.zeros(0, np.int64)

    def __len__(self) -> int:
        return len(self.person_ids)

    def person_scores(self, probes: np.ndarray) -> np.ndarray:
        """(P, people) best cosine per person for each probe."""
        probes = np.atleast_2d(np.asarray(probes, np.float32))
        if not len(self.person_ids):
            return np.zeros((len(probes), 0), np.float32)
        scores = probes @ self.embeddings.T
        return np.maximum.reduceat(scores, self._starts, axis=1)

    def search(self, probes: np.ndarray, top_k: int = 5) -> list[MatchResult]:
        """Top-k people for each probe."""
        per_person = self.person_scores(probes)
        out = []
        for row in per_person:
            k = min(top_k, len(row))
            if k == 0:
                out.append(MatchResult([], self.threshold))
                continue
            idx = np.argpartition(-row, k - 1)[:k]
            idx = idx[np.argsort(-row[idx])]
            out.append(
                MatchResult(
                    [Candidate(int(self.people[i]), float(row[i])) for i in idx], self.threshold
                )
            )
        return out

    def search_one(self, probe: np.ndarray, top_k: int = 5) -> MatchResult:
        return self.search(probe[None], top_k)[0]
