"""Fuzzing the inputs that come from outside: image bytes, model cards, config files, CLI
arguments. Every failure must be the project's own clear error, never a crash, and the
gallery must stay unchanged."""

from __future__ import annotations

import json

import numpy as np
import pytest
import yaml
from conftest import KEYS, lfw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faceapp.config import config_from_dict
from faceapp.core.errors import ConfigError, FaceAppError, ImageError, ModelError
from faceapp.core.images import decode_image
from faceapp.core.modelcard import ModelCard

FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_never_crash_the_decoder(data):
    try:
        img = decode_image(data, "fuzz")
    except ImageError:
        return
    assert img.dtype == np.uint8 and img.ndim == 3


@pytest.fixture(scope="module")
def jpeg_bytes():
    return lfw("Colin_Powell", 1).read_bytes()


@FUZZ
@given(
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=20),
    st.integers(100, 20_000),
)
def test_mutated_jpegs(jpeg_bytes, flips, cut):
    data = bytearray(jpeg_bytes[:cut] if cut < len(jpeg_bytes) else jpeg_bytes)
    for pos, val in flips:
        if pos < len(data):
            data[pos] = val
    try:
        img = decode_image(bytes(data), "mutated.jpg")
    except ImageError as e:
        assert "mutated.jpg" in str(e)
        return
    assert img.shape[2] == 3


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
card_keys = st.sampled_from(
    [
        "name",
        "file",
        "input_size",
        "mean",
        "std",
        "embedding_size",
        "thresholds",
        "channel_order",
        "quantization",
        "sha256",
        "other",
    ]
)


@FUZZ
@given(st.dictionaries(card_keys, json_values, max_size=8))
def test_model_cards(d):
    try:
        card = ModelCard.from_dict(d, "fuzz.json")
    except ModelError:
        return
    assert card.name is not None and len(card.input_size) == 2
    json.loads(card.to_json())


config_keys = st.sampled_from(
    [
        "db",
        "camera",
        "recognition",
        "source",
        "model",
        "threshold",
        "window",
        "agree",
        "target_fpir",
        "bogus",
    ]
)


@FUZZ
@given(
    st.dictionaries(
        config_keys, json_values | st.dictionaries(config_keys, json_values, max_size=4), max_size=5
    )
)
def test_config_files(d):
    try:
        cfg = config_from_dict(d)
    except ConfigError:
        return
    yaml.safe_load(cfg.to_yaml())


@FUZZ
@given(st.text(max_size=300))
def test_config_file_text(tmp_path_factory, text):
    from faceapp.config import load_config

    p = tmp_path_factory.mktemp("cfg") / "config.yaml"
    p.write_text(text, encoding="utf-8")
    try:
        load_config(p)
    except ConfigError as e:
        assert "config.yaml" in str(e)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "people",
                "list",
                "show",
                "delete",
                "edit",
                "events",
                "--csv",
                "--since",
                "x",
                "--limit",
                "-1",
                "--json",
                "backup",
                "--keep",
                "0",
                "restore",
                "nope.db",
                "--name",
                "",
                "1",
                "--enable",
            ]
        ),
        max_size=6,
    )
)
def test_cli_arguments_never_crash_and_never_change_the_gallery(tmp_path_factory, argv):
    from faceapp.cli.main import main
    from faceapp.core.gallery import Gallery

    db = tmp_path_factory.mktemp("cli") / "g.db"
    with Gallery(db, key_dir=KEYS) as g:
        g.log_event("system", "start")
    commands = {"people", "events", "backup", "restore"}
    if not commands & set(argv):  # without a command faceapp opens the kiosk window
        argv = ["people", *argv]
    try:
        rc = main([*argv, "--db", str(db)])
    except SystemExit as e:  # argparse's usage errors exit with code 2
        rc = e.code
    assert isinstance(rc, int)
    if not set(argv) & {"delete", "edit", "restore", "backup"}:
        with Gallery(db, key_dir=KEYS) as g:
            assert [e["decision"] for e in g.events()] == ["start"]


def test_errors_are_one_line():
    e = FaceAppError("something broke", "/x/y.jpg")
    assert str(e) == "/x/y.jpg: something broke" and "\n" not in str(e)
