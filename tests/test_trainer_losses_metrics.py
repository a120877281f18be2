"""Distillation losses on toy embeddings and verification metrics against known ROC points."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from faceapp.evaluation.pairs import read_pairs  # noqa: E402
from faceapp.evaluation.verification import (  # noqa: E402
    best_threshold,
    evaluate_scores,
    roc_curve,
    tar_at_far,
)
from trainer.evaluation.calibrate import thresholds_from_impostors  # noqa: E402
from trainer.losses.distill import ekd_loss, feature_loss, relation_loss  # noqa: E402


def test_feature_and_relation_losses():
    t = torch.nn.functional.normalize(torch.randn(16, 32), dim=1)
    assert feature_loss(t, t).item() == pytest.approx(0, abs=1e-6)
    assert feature_loss(-t, t).item() == pytest.approx(2, abs=1e-6)
    rot = torch.linalg.qr(torch.randn(32, 32))[0]
    # a rotation changes every coordinate but keeps the geometry: relation loss ~ 0
    assert relation_loss(t @ rot, t).item() < 1e-10
    assert feature_loss(t @ rot, t).item() > 0.5


def test_ekd_ignores_a_global_shift_but_not_a_reordering():
    torch.manual_seed(0)
    n = 64
    base = torch.randn(n // 2, 16)
    views = torch.cat([base, base + 0.3 * torch.randn(n // 2, 16)])
    pos = torch.zeros(n, n, dtype=torch.bool)
    idx = torch.arange(n // 2)
    pos[idx, idx + n // 2] = pos[idx + n // 2, idx] = True
    same = ekd_loss(views, views, pos)
    assert same.item() == pytest.approx(0, abs=1e-6)
    shuffled = views[torch.randperm(n)]
    assert ekd_loss(shuffled, views, pos).item() > 0.05
    # gradients flow to the student only
    s = views.clone().requires_grad_(True)
    ekd_loss(s + 0.1 * torch.randn_like(s), views, pos).backward()
    assert s.grad is not None and s.grad.abs().sum() > 0


def test_roc_known_points():
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
    same = np.array([1, 1, 0, 1, 0, 1, 0, 0], bool)
    far, tar, th = roc_curve(scores, same)
    # accepting >= 0.8: 2/4 genuine, 0/4 impostors; >= 0.6: 3/4 and 1/4; >= 0.4: 4/4, 2/4
    pts = dict(zip(th[1:].round(2), zip(far[1:], tar[1:], strict=True), strict=True))
    assert pts[0.8] == (0.0, 0.5) and pts[0.6] == (0.25, 0.75) and pts[0.4] == (0.5, 1.0)
    t = best_threshold(scores, same)
    assert ((scores > t) == same).mean() == 0.75


def test_tar_at_far_and_kfold_accuracy():
    rng = np.random.default_rng(0)
    gen = rng.normal(0.6, 0.1, 5000)
    imp = rng.normal(0.0, 0.1, 50000)
    scores = np.r_[gen, imp]
    same = np.r_[np.ones(5000, bool), np.zeros(50000, bool)]
    tars, ths = tar_at_far(scores, same, (1e-2, 1e-3, 1e-4, 1e-6))
    assert "1e-6" not in tars  # 50 000 impostors cannot resolve 1e-6
    assert ths["1e-2"] == pytest.approx(0.233, abs=0.01)  # z(0.99) = 2.33 sigma
    assert ths["1e-3"] == pytest.approx(0.309, abs=0.015)
    assert tars["1e-2"] > 0.99
    folds = rng.integers(0, 10, len(scores))
    res = evaluate_scores(scores, same, folds)
    assert len(res.fold_accuracies) == 10 and res.accuracy_mean > 0.998
    th = thresholds_from_impostors(imp)
    assert th["1e-3"] == pytest.approx(0.309, abs=0.015) and "1e-5" not in th


def test_pairs_file(tmp_path):
    p = tmp_path / "pairs.txt"
    p.write_text("2\t1\nA\t1\t2\nB\t1\tC\t3\nD\t2\t4\nE\t1\tF\t1\n")
    pairs = read_pairs(p)
    assert [(x.a, x.b, x.same, x.fold) for x in pairs] == [
        ("A/A_0001.jpg", "A/A_0002.jpg", True, 0),
        ("B/B_0001.jpg", "C/C_0003.jpg", False, 0),
        ("D/D_0002.jpg", "D/D_0004.jpg", True, 1),
        ("E/E_0001.jpg", "F/F_0001.jpg", False, 1),
    ]
    p.write_text("1\t1\nA\t1\n")
    from faceapp.core.errors import DataError

    with pytest.raises(DataError, match="line 2"):
        read_pairs(p)


def test_impostor_scores_are_every_different_person_pair():
    """The blocked all-pairs scorer returns exactly the brute-force different-person scores."""
    from trainer.evaluation.calibrate import impostor_scores

    rng = np.random.default_rng(3)
    emb = rng.normal(size=(2500, 16)).astype(np.float32)
    ids = [f"p{k}" for k in rng.integers(0, 400, len(emb))]
    got = np.sort(impostor_scores(emb, ids))
    unit = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    i, j = np.triu_indices(len(emb), 1)
    keep = np.array(ids)[i] != np.array(ids)[j]
    want = np.sort(np.einsum("nd,nd->n", unit[i[keep]], unit[j[keep]]))
    assert len(got) == len(want) and np.allclose(got, want, atol=1e-5)
    # past max_pairs: all pairs among a sample of the photos
    assert 0 < len(impostor_scores(emb, ids, max_pairs=100_000)) <= 100_000
    # the same blocked pass gives the same-person pairs too (faceapp-train all-pairs)
    from trainer.evaluation.all_pairs import pair_scores

    same, different = pair_scores(emb, ids)
    want_same = np.sort(np.einsum("nd,nd->n", unit[i[~keep]], unit[j[~keep]]))
    assert np.allclose(np.sort(same), want_same, atol=1e-5) and len(different) == len(want)


def test_identification_check_measures_strangers_let_in():
    """Where every photo is an independent comparison, the strangers let in at the kiosk's
    threshold match the FPIR target; where a person's two templates are the same picture, half
    as many get in (the kiosk's rule counts templates, so it errs on the safe side)."""
    from faceapp.core.modelcard import ModelCard
    from trainer.evaluation.calibrate import (
        identification_check,
        impostor_scores,
        thresholds_from_impostors,
    )

    emb = np.random.default_rng(0).normal(size=(3000, 16)).astype(np.float32)
    ids = [f"p{k // 3}" for k in range(len(emb))]
    for photos, share in ((emb, (0.8, 1.3)), (np.repeat(emb[::3], 3, axis=0), (0.35, 0.65))):
        thresholds = thresholds_from_impostors(impostor_scores(photos, ids))
        card = ModelCard("t", "t", thresholds=thresholds)
        measured = identification_check(photos, ids, card)
        assert set(measured) == {"1e-3", "1e-2"}
        for target, rate in measured.items():
            assert share[0] < rate / float(target) < share[1], (target, rate)
    assert identification_check(emb[:30], ids[:30], card) == {}  # too few people


def test_batch_augmentations_act_per_image():
    """Flip mask says which rows were mirrored; the batched blur gives each image its own
    sigma exactly as a one-image convolution would; resized rows keep their size."""
    import torch.nn.functional as F

    from trainer.data.augment import AugmentConfig, _blur, augment

    x = torch.rand(16, 3, 112, 112) * 2 - 1
    off = AugmentConfig(flip=0.5, grayscale=0, resize=0, blur=0)
    y, flipped = augment(x, off, torch.Generator().manual_seed(1))
    assert 0 < int(flipped.sum()) < 16
    assert torch.equal(y[flipped], x[flipped].flip(-1)) and torch.equal(y[~flipped], x[~flipped])

    def one(img, sigma):
        r = max(1, int(round(2.5 * sigma)))
        t = torch.arange(-r, r + 1, dtype=torch.float32)
        k = torch.exp(-(t**2) / (2 * sigma**2))
        k = k / k.sum()
        img = F.pad(img, (r, r, r, r), mode="reflect")
        img = F.conv2d(img, k.view(1, 1, 1, -1).expand(3, 1, 1, -1), groups=3)
        return F.conv2d(img, k.view(1, 1, -1, 1).expand(3, 1, -1, 1), groups=3)

    both = _blur(x[:2], torch.tensor([1.2, 1.2]))
    assert torch.allclose(both[1:], one(x[1:2], 1.2), atol=1e-6)
    mixed = _blur(x[:2], torch.tensor([0.5, 1.5]))
    assert torch.allclose(mixed[1:], one(x[1:2], 1.5), atol=1e-6)
    assert not torch.allclose(mixed[:1], x[:1])
    all_on = AugmentConfig(flip=0, grayscale=0, resize=1.0, min_scale=0.25, blur=1.0)
    z, _ = augment(x, all_on, torch.Generator().manual_seed(2))
    assert z.shape == x.shape and torch.isfinite(z).all() and not torch.equal(z, x)


def test_door_augmentations_change_only_their_rows_and_leave_the_paper_ones_alone():
    """Shift/zoom/tilt, the blanked rectangle and the blend act on the rows they drew and
    leave every other row exactly as the paper's augmentations made it (they draw after
    those, so an old run resumes unchanged); a blanked rectangle is one flat colour within the
    area limit, and a blend is a convex mix of two crops of the batch with the other's weight
    at most ``max_mix``."""
    from trainer.data.augment import AugmentConfig, augment

    x = torch.rand(64, 3, 112, 112) * 2 - 1
    paper = AugmentConfig(grayscale=0.3, resize=0.3, blur=0.3)
    before, flipped = augment(x, paper, torch.Generator().manual_seed(3))
    seen = {}
    for extra in ("jitter", "erase", "mixup"):
        cfg = AugmentConfig(grayscale=0.3, resize=0.3, blur=0.3, **{extra: 0.5})
        after, flipped2 = augment(x, cfg, torch.Generator().manual_seed(3))
        assert torch.equal(flipped, flipped2)
        changed = (after != before).flatten(1).any(1)
        assert 10 < int(changed.sum()) < 54, extra  # about half the rows, not all, not none
        seen[extra] = (after, changed)
    erased, rows = seen["erase"]
    for i in torch.nonzero(rows).flatten().tolist():
        diff = (erased[i] != before[i]).any(0)
        area = float(diff.float().mean())
        assert 0 < area <= 0.3 + 0.02
        fill = erased[i][:, diff]  # (3, pixels): one colour
        assert torch.equal(fill, fill[:, :1].expand_as(fill))
    mixed, rows = seen["mixup"]
    flat = before.flatten(1)
    for i in torch.nonzero(rows).flatten().tolist():
        # mixed = (1 - w) * before[i] + w * before[j] for one j and 0 < w <= 0.4
        d = mixed[i].flatten() - flat[i]
        w = ((flat - flat[i]) @ d) / ((flat - flat[i]).pow(2).sum(1) + 1e-12)
        err = (flat[i] + w[:, None] * (flat - flat[i]) - mixed[i].flatten()).abs().amax(1)
        j = int(err.argmin())
        assert float(err[j]) < 1e-4 and 0 < float(w[j]) <= 0.4 + 1e-5


def test_face_check_keeps_aligned_faces_and_drops_the_rest(detector):
    """Calibration keeps a crop only where the kiosk's detector finds the face the alignment
    made: a real aligned LFW face passes; the same crop shifted by a quarter of its width (an
    aligner's miss) and a face-less texture do not."""
    import cv2
    from conftest import lfw

    from faceapp.core.alignment import align_face
    from trainer.evaluation.calibrate import face_where_aligned

    photo = cv2.imread(str(lfw("Aaron_Sorkin", 1)))
    crop = align_face(photo, detector.detect(photo)[0].landmarks)
    face = face_where_aligned(crop, detector)
    assert face is not None and face.mesh is not None
    assert face_where_aligned(np.roll(crop, 28, axis=1), detector) is None
    texture = np.random.default_rng(0).integers(0, 255, (112, 112, 3), dtype=np.uint8)
    assert face_where_aligned(texture, detector) is None


def test_a_photo_filed_under_two_people_is_left_out_of_calibration(embedder, detector):
    """The same picture under two identities is no impostor pair: both copies are found (and
    only they), while different photos of different people, and of one person, are kept."""
    import cv2
    from conftest import lfw

    from faceapp.core.alignment import align_face
    from trainer.evaluation.calibrate import cross_label_copies

    photos = [
        ("Aaron_Sorkin", 1, "a"),
        ("Aaron_Sorkin", 2, "a"),
        ("Colin_Powell", 1, "b"),
        ("Colin_Powell", 2, "b"),
        ("Colin_Powell", 1, "c"),  # the same photo filed under another person
        ("Nicole_Kidman", 1, "d"),
    ]
    crops = []
    for name, i, _ in photos:
        img = cv2.imread(str(lfw(name, i)))
        crops.append(align_face(img, detector.detect(img)[0].landmarks))
    flagged = cross_label_copies(embedder.embed(np.stack(crops)), [p[2] for p in photos])
    assert flagged.tolist() == [False, False, True, False, True, False]
