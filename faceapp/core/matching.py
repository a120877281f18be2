"""1:N matching of probe embeddings against the gallery's templates.

Templates are L2-normalised, so a dot product is the cosine. A small gallery is searched
exactly: one matrix product, then the best score per person via a sort-free
``np.maximum.reduceat`` over templates grouped by person. When the model card measured mean
templates (:mod:`.fusion`), each person is one row instead, their mean template, and the scores
are mapped onto the single-template scale.

A large gallery (``COARSE_FROM`` templates and more) is searched in two steps, because the exact
product reads the whole float32 matrix for every probe (100 000 x 512 is 200 MB, about 13 ms
on a kiosk CPU, bound by memory bandwidth): first a coarse product in the gallery's own
principal subspace (``COARSE_DIMS`` dimensions) with the templates as 8-bit integers (one
32nd of the memory, multiplied by onnxruntime's integer kernels: :mod:`.int8_product`), then
the exact cosine of the ``RERANK`` best coarse candidates. Face embeddings concentrate their
variance in few directions, so the true best template is among those candidates; the reported
scores are always exact. ``faceapp.bench.search`` measures speed and top-1 agreement with
exact search.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from faceapp.core.embedding import l2_normalize
from faceapp.core.fusion import MeanTemplateScale, comparisons, per_person
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


COARSE_FROM = 20_000  # templates; below this the exact product takes well under a millisecond
COARSE_DIMS = 128
RERANK = 512


class Matcher:
    """Holds one model's templates in memory, grouped by person.

    ``coarse_from``: gallery size from which the two-step search is used (None: never).
    ``scale``: with one, each person is scored by their mean template, mapped onto the
    single-template scale (:mod:`faceapp.core.fusion`); without, by their best template.
    """

    def __init__(
        self,
        templates: TemplateSet,
        threshold: float,
        coarse_from: int | None = COARSE_FROM,
        scale: MeanTemplateScale | None = None,
    ) -> None:
        self.threshold = float(threshold)
        self.coarse_from = coarse_from
        self.scale = scale
        self.load(templates)

    def load(self, templates: TemplateSet) -> None:
        """Hold these templates (scored the way ``scale`` says when they are loaded)."""
        order = np.argsort(templates.person_ids, kind="stable")
        person_ids = templates.person_ids[order]
        rows = np.ascontiguousarray(templates.embeddings[order], dtype=np.float32)
        if len(person_ids):
            starts = np.r_[0, np.nonzero(np.diff(person_ids))[0] + 1]
        else:
            starts = np.zeros(0, np.int64)
        self.templates = len(person_ids)
        self.people = person_ids[starts] if len(starts) else np.zeros(0, np.int64)
        #: templates per person, in the order of ``people``
        self.counts = np.diff(np.r_[starts, self.templates]).astype(np.int64)
        if self.scale is not None and len(starts):
            # one row per person: the normalised mean of their templates
            rows = l2_normalize(np.add.reduceat(rows, starts, axis=0)).astype(np.float32)
            person_ids, starts = self.people, np.arange(len(starts))
        self.person_ids = person_ids
        self.embeddings = rows  # what a probe is compared with: templates or mean templates
        self._starts = starts
        self._person_index = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(rows)]))
        self._basis = self._product = None
        if self.coarse_from is not None and len(rows) >= max(self.coarse_from, 2 * RERANK):
            from faceapp.core.int8_product import Int8Product

            self._basis = principal_basis(self.embeddings, COARSE_DIMS)
            coarse = self.embeddings @ self._basis
            # per dimension, its range in 256 steps: coarse ~ lo + step * uint8
            lo = coarse.min(axis=0)
            self._step = np.maximum(coarse.max(axis=0) - lo, 1e-12) / 255.0
            self._product = Int8Product(np.rint((coarse - lo) / self._step).astype(np.uint8))

    @property
    def comparisons(self) -> int:
        """How many scores a stranger gets a chance with (:func:`.fusion.comparisons`)."""
        return comparisons(self.scale, len(self.people), self.templates)

    @property
    def per_person(self) -> bool:
        """Whether each person is scored by their mean template (:func:`.fusion.per_person`)."""
        return per_person(self.scale)

    def _on_scale(self, scores: np.ndarray, people: np.ndarray) -> np.ndarray:
        if self.scale is None:
            return scores
        return self.scale.apply(scores, self.counts[people])

    @property
    def two_step(self) -> bool:
        """Whether searches use the coarse product and an exact re-rank."""
        return self._product is not None

    def __len__(self) -> int:
        """Templates held."""
        return self.templates

    def person_scores(self, probes: np.ndarray) -> np.ndarray:
        """(P, people) score per person for each probe."""
        probes = np.atleast_2d(np.asarray(probes, np.float32))
        if not len(self.person_ids):
            return np.zeros((len(probes), 0), np.float32)
        scores = probes @ self.embeddings.T
        best = np.maximum.reduceat(scores, self._starts, axis=1)
        return self._on_scale(best, np.arange(len(self.people)))

    def _reranked(self, probe: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(people indices, exact score each) among the coarse search's candidates."""
        # sum_d coarse[n, d] q[d] = sum_d uint8[n, d] (step[d] q[d]) + the same for every n:
        # the probe side, scaled per dimension, as int8 ranks the templates as floats would
        w = (self._basis.T @ probe) * self._step
        step = max(float(np.abs(w).max()), 1e-12) / 127.0
        cand = top_indices(self._product(np.rint(w / step).astype(np.int8)), RERANK)
        exact = self.embeddings[cand] @ probe
        people = self._person_index[cand]
        order = np.argsort(people, kind="stable")
        people, exact = people[order], exact[order]
        starts = np.r_[0, np.flatnonzero(np.diff(people)) + 1]
        people = people[starts]
        return people, self._on_scale(np.maximum.reduceat(exact, starts), people)

    def search(self, probes: np.ndarray, top_k: int = 5) -> list[MatchResult]:
        """Top-k people for each probe, with exact scores."""
        probes = np.atleast_2d(np.asarray(probes, np.float32))
        if self.two_step:
            rows = [self._reranked(p) for p in probes]
        else:
            every = np.arange(len(self.people))
            rows = [(every, row) for row in self.person_scores(probes)]
        out = []
        for people, row in rows:
            k = min(top_k, len(row))
            if k == 0:
                out.append(MatchResult([], self.threshold))
                continue
            idx = np.argpartition(-row, k - 1)[:k]
            idx = idx[np.argsort(-row[idx])]
            out.append(
                MatchResult(
                    [Candidate(int(self.people[people[i]]), float(row[i])) for i in idx],
                    self.threshold,
                )
            )
        return out

    def search_one(self, probe: np.ndarray, top_k: int = 5) -> MatchResult:
        return self.search(probe[None], top_k)[0]


def top_indices(scores: np.ndarray, k: int, stride: int = 16) -> np.ndarray:
    """Indices of the ``k`` largest ``scores`` (any order; ties at the edge broken anyhow).

    ``np.argpartition`` over 100 000 scores takes about a millisecond, as long as the coarse
    product itself. Most scores are far below the k-th, so a threshold is read off an even
    sample first (a value that about twice ``k`` scores reach), only the scores above it are
    partitioned, and where the sample was unlucky (fewer than ``k`` above) the whole array is.
    Exact either way: every one of the k largest is at least any value that k scores reach."""
    if k >= len(scores):
        return np.arange(len(scores))
    sample = scores[::stride]
    rank = min(len(sample) - 1, 2 * k // stride + 8)
    cut = np.partition(sample, len(sample) - 1 - rank)[len(sample) - 1 - rank]
    above = np.flatnonzero(scores >= cut)
    if len(above) < k:
        return np.argpartition(-scores, k - 1)[:k]
    return above[np.argpartition(-scores[above], k - 1)[:k]]


BASIS_SAMPLE = 20_000  # templates that estimate the principal directions


def principal_basis(embeddings: np.ndarray, dims: int) -> np.ndarray:
    """(D, dims) orthonormal directions of most variance of the templates (uncentred: the
    coarse product must approximate the dot product itself). Estimated from an even sample
    of at most ``BASIS_SAMPLE`` templates in float32: the directions of 20 000 faces are
    those of 100 000, and the gallery (re)loads in a fraction of a second instead of many
    (the full float64 product took 12 s for 100 000 templates on one busy core)."""
    step = max(1, -(-len(embeddings) // BASIS_SAMPLE))
    sample = np.asarray(embeddings[::step], np.float32)
    gram = (sample.T @ sample).astype(np.float64)
    values, vectors = np.linalg.eigh(gram)
    return np.ascontiguousarray(vectors[:, np.argsort(values)[::-1][:dims]], dtype=np.float32)
