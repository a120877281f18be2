"""The SQLite gallery: WAL, atomic enrollment, deletion of everything, clear errors."""

from __future__ import annotations

import sqlite3
import stat

import numpy as np
import pytest
from conftest import KEYS, enroll

from faceapp.core.errors import GalleryError
from faceapp.core.gallery import Gallery, NewTemplate, PersonDetails
from faceapp.core.gallery.schema import SCHEMA_VERSION


def _tpl(seed: int, n: int = 2):
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        e = rng.normal(size=512).astype(np.float32)
        crop = rng.integers(0, 255, (112, 112, 3), np.uint8)
        out.append(NewTemplate(e / np.linalg.norm(e), crop, 0.9, "photo.jpg"))
    return out


def _who(name: str, **kw) -> PersonDetails:
    return PersonDetails(name, **kw)


def test_schema_wal_and_roundtrip(tmp_path):
    path = tmp_path / "g.db"
    with Gallery(path, key_dir=KEYS) as g:
        assert g.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert g.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        pid = g.enroll(_who("Ada Lovelace", external_id="E1"), _tpl(1), "m1")
        ts = g.templates("m1")
        assert len(ts.template_ids) == 2 and set(ts.person_ids) == {pid}
        assert ts.embeddings.shape == (2, 512)
        crops = g.template_crops(pid)
        assert len(crops) == 2 and crops[0][2].shape == (112, 112, 3)
        assert g.person("E1").name == "Ada Lovelace" and g.person(pid).templates == 2
    with Gallery(
        path, readonly=True, key_dir=KEYS
    ) as g:  # reopen: data persisted, no migration needed
        assert [p.name for p in g.people()] == ["Ada Lovelace"]


def test_enrollment_is_all_or_nothing(tmp_path):
    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        g.enroll(_who("A", external_id="X"), _tpl(1), "m")
        bad = _tpl(2) + [
            NewTemplate(np.zeros(512, np.float32), None, 0.5, "x")
        ]  # crop None -> fails
        with pytest.raises(GalleryError, match="invalid face crop"):
            g.enroll(_who("B"), bad, "m")
        with pytest.raises(GalleryError, match="already used"):
            g.enroll(_who("C", external_id="X"), _tpl(3), "m")
        assert [p.name for p in g.people()] == ["A"]
        assert len(g.templates("m").template_ids) == 2


def test_delete_removes_templates_crops_and_snapshots(tmp_path):
    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        a = g.enroll(_who("A"), _tpl(1), "m")
        b = g.enroll(_who("B"), _tpl(2), "m")
        g.log_event("access", "granted", a, "A", 0.8, snapshot=b"\x89PNGfake")
        g.delete_person(a)
        assert [p.id for p in g.people()] == [b]
        assert set(g.templates("m").person_ids) == {b}
        assert (
            g.conn.execute("SELECT COUNT(*) FROM templates WHERE person_id=?", (a,)).fetchone()[0]
            == 0
        )
        ev = g.events()
        assert ev[0]["person_name"] == "A" and ev[0]["has_snapshot"] == 0
        assert g.integrity_check() == "ok"
        with pytest.raises(GalleryError, match="no person"):
            g.delete_person(a)


def test_not_a_database(tmp_path):
    p = tmp_path / "junk.db"
    p.write_bytes(b"hello, I am a text file" * 100)
    with pytest.raises(GalleryError, match="not a gallery database"):
        Gallery(p, key_dir=KEYS)
    assert p.read_bytes() == b"hello, I am a text file" * 100


def test_other_sqlite_database_is_refused(tmp_path):
    p = tmp_path / "other.db"
    c = sqlite3.connect(p)
    c.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    c.commit()
    c.close()
    with pytest.raises(GalleryError, match="some other database"):
        Gallery(p, key_dir=KEYS)


def test_locked_database_gives_clear_error(tmp_path):
    p = tmp_path / "g.db"
    Gallery(p, key_dir=KEYS).close()
    other = sqlite3.connect(p, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with (
            Gallery(p, timeout=0.2, key_dir=KEYS) as g,
            pytest.raises(GalleryError, match="locked"),
        ):
            g.enroll(_who("A"), _tpl(1), "m")
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_read_only_file(tmp_path):
    p = tmp_path / "g.db"
    with Gallery(p, key_dir=KEYS) as g:
        g.enroll(_who("A"), _tpl(1), "m")
    for f in tmp_path.glob("g.db*"):
        f.chmod(stat.S_IRUSR)
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        import os

        if os.geteuid() == 0:
            pytest.skip("running as root: file permissions do not stop writes")
        with pytest.raises(GalleryError):
            g = Gallery(p, key_dir=KEYS)
            g.enroll(_who("B"), _tpl(2), "m")
    finally:
        tmp_path.chmod(stat.S_IRWXU)


def test_read_only_open_refuses_writes(tmp_path):
    p = tmp_path / "g.db"
    Gallery(p, key_dir=KEYS).close()
    with (
        Gallery(p, readonly=True, key_dir=KEYS) as g,
        pytest.raises(GalleryError, match="read-only"),
    ):
        g.enroll(_who("A"), _tpl(1), "m")


def test_events_filter_and_prune(tmp_path):
    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        g.log_event("access", "granted", None, "A", 0.7)
        g.log_event("access", "unknown", None, None, 0.1)
        assert [e["decision"] for e in g.events(decision="unknown")] == ["unknown"]
        assert len(g.events(since="2000-01-01")) == 2
        assert g.prune_events("2999-01-01") == 2 and g.events() == []


def test_templates_crops_and_snapshots_are_encrypted_at_rest(tmp_path):
    import os

    import cv2

    p = tmp_path / "g.db"
    with Gallery(p, key_dir=KEYS) as g:
        tpl = _tpl(5, 1)
        pid = g.enroll(_who("A"), tpl, "m")
        eid = g.log_event("access", "granted", pid, "A", 0.9, snapshot=b"jpeg-bytes")
        assert g.snapshot(eid) == b"jpeg-bytes"
        gid = g.get_setting("gallery_id")
    raw = sqlite3.connect(p)
    emb, crop = raw.execute("SELECT embedding, crop FROM templates").fetchone()
    snap = raw.execute("SELECT snapshot FROM events").fetchone()[0]
    assert tpl[0].embedding.tobytes() not in emb and b"\x89PNG" not in crop and b"jpeg" not in snap
    assert cv2.imdecode(np.frombuffer(crop, np.uint8), cv2.IMREAD_COLOR) is None
    keyfile = KEYS / f"{gid}.key"
    assert keyfile.exists() and (os.stat(keyfile).st_mode & 0o077) == 0
    # tampering is detected, not decoded into a wrong face
    flipped = bytearray(emb)
    flipped[40] ^= 0xFF
    raw.execute("UPDATE templates SET embedding = ?", (bytes(flipped),))
    raw.commit()
    raw.close()
    with Gallery(p, key_dir=KEYS) as g, pytest.raises(GalleryError, match="integrity"):
        g.templates("m")
    # without the key the gallery cannot be read at all
    with pytest.raises(GalleryError, match="key is missing"):
        Gallery(p, key_dir=tmp_path / "elsewhere")
    with pytest.raises(GalleryError, match="no key folder"):
        Gallery(p)


def test_admin_pin_is_hashed_and_locks_out(tmp_path):
    from faceapp.core.security import MAX_FAILURES, PinGuard, hash_pin

    with pytest.raises(ValueError):
        hash_pin("12")
    t = [1000.0]
    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        guard = PinGuard(g, clock=lambda: t[0])
        guard.set_pin("4321")
        stored = g.get_setting("admin_pin")
        assert "4321" not in stored and stored.startswith("scrypt$")
        assert guard.check("4321")
        for _ in range(MAX_FAILURES):
            assert not guard.check("0000")
        assert guard.locked_for() > 0 and not guard.check("4321")  # locked even if right
        t[0] += 301
        assert guard.check("4321")


def test_model_switch_reembeds_from_crops_atomically(tmp_path, default_onnx):
    from faceapp.core.embedding import Embedder
    from faceapp.core.reembed import ReembedCancelled, reembed_gallery

    emb = Embedder(default_onnx)
    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        crops = [t.crop for t in _tpl(7, 3)]
        real = emb.embed(np.stack(crops))
        g.enroll(
            _who("A"),
            [NewTemplate(np.ones(512, np.float32) / 22.6, c, 0.9, "x") for c in crops],
            "old",
        )
        with pytest.raises(ReembedCancelled):
            reembed_gallery(g, emb, batch=1, progress=lambda done, total: done < 2)
        assert g.models_in_use() == {"old": 3}  # cancelled: untouched
        assert reembed_gallery(g, emb, batch=2) == 3
        assert g.models_in_use() == {emb.card.template_key: 3}
        ts = g.templates(emb.card.template_key)
        assert np.allclose(ts.embeddings, real, atol=1e-5)


def test_recognizer_switches_model_live(tmp_path, pipeline, default_onnx):
    """After a switch the same person is still recognised, with the new model's embeddings."""
    import dataclasses

    from conftest import lfw

    from faceapp.app.admin import AdminService
    from faceapp.core.embedding import Embedder
    from faceapp.core.recognizer import Recognizer

    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        rec = Recognizer(g, pipeline, 0.3)
        enroll(rec, "Tony", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
        card = dataclasses.replace(pipeline.embedder.card, name="default-copy")
        other = Embedder(default_onnx, card=card, verify_hash=False)
        old_embedder = pipeline.embedder
        try:
            assert AdminService(g, "test", rec).switch_model(other, 0.3) == 2
            assert rec.model_name == "default-copy"
            assert g.models_in_use() == {other.card.template_key: 2}
            assert rec.identify_photo(lfw("Tony_Blair", 7)).decision == "granted"
        finally:
            pipeline.embedder = old_embedder


def test_a_new_release_under_the_same_name_never_matches_the_old_templates(
    tmp_path, pipeline, default_onnx
):
    """An update that ships new weights under the model's old name: the templates of the old
    weights are stale (another space), the kiosk says so and matches nobody with them, and
    re-embedding from the stored crops lets the person in again."""
    import dataclasses

    from conftest import lfw

    from faceapp.app.admin import AdminService
    from faceapp.core.embedding import Embedder
    from faceapp.core.recognizer import Recognizer

    with Gallery(tmp_path / "g.db", key_dir=KEYS) as g:
        rec = Recognizer(g, pipeline, 0.3)
        enroll(rec, "Tony", [lfw("Tony_Blair", 3), lfw("Tony_Blair", 4)])
        card = dataclasses.replace(pipeline.embedder.card, sha256="f" * 64)
        newer = Embedder(default_onnx, card=card, verify_hash=False)
        old_embedder = pipeline.embedder
        try:
            rec.use_embedder(newer)
            assert rec.model_name == old_embedder.card.name  # the same name, other weights
            assert rec.stale_templates == 2
            assert rec.identify_photo(lfw("Tony_Blair", 7)).decision == "unknown"
            assert AdminService(g, "test", rec).switch_model(newer) == 2
            assert rec.stale_templates == 0
            assert rec.identify_photo(lfw("Tony_Blair", 7)).decision == "granted"
        finally:
            pipeline.embedder = old_embedder


def test_a_flip_averaging_card_embeds_crop_and_mirror_together(pipeline, default_onnx):
    """A card with ``flip_average`` makes the kiosk embed the mean of a crop's and its mirror
    image's embeddings, and files those templates apart from the plain model's."""
    import dataclasses

    from conftest import lfw

    from faceapp.core.embedding import Embedder, l2_normalize

    card = Embedder(default_onnx).card
    plain, flip = (
        Embedder(default_onnx, card=dataclasses.replace(card, flip_average=f), verify_hash=False)
        for f in (False, True)
    )
    crops = np.stack([pipeline.single_face(lfw("Tony_Blair", i)).crop for i in (3, 4)])
    want = l2_normalize(plain.embed(crops) + plain.embed(np.ascontiguousarray(crops[:, :, ::-1])))
    got = flip.embed(crops)
    assert np.allclose(got, want, atol=1e-5)
    assert np.allclose(flip.embed(crops[1]), got[1], atol=1e-5)  # one crop: the same answer
    assert float(np.sum(got[0] * plain.embed(crops[0])[0])) < 0.9999  # it is not the plain one
    assert flip.card.template_key.endswith("+flip")
    assert flip.card.template_key != plain.card.template_key


def test_a_version_1_gallery_is_brought_forward_with_its_data(tmp_path):
    """Galleries of the first release (no probe crops, negatives or API tokens) open as
    version 2 in one transaction, people and events kept."""
    import sqlite3

    from faceapp.core.gallery import schema

    path = tmp_path / "v1.db"
    c = sqlite3.connect(path, isolation_level=None)
    schema.create_v1(c)
    c.execute("INSERT INTO people (name, enabled, created) VALUES ('Ada', 1, '2025-01-01')")
    c.execute("INSERT INTO events (ts, kind, decision) VALUES ('2025-01-01', 'access', 'granted')")
    c.execute("PRAGMA user_version = 1")
    c.close()
    with Gallery(path, key_dir=KEYS) as g:
        assert g.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 2
        assert [p.name for p in g.people()] == ["Ada"]
        (ev,) = g.events()
        assert ev["decision"] == "granted" and not ev["has_probe"]
        assert g.negatives("any") == {} and g.negative_crops() == []
