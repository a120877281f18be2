"""``faceapp-train``: train, distill, compress, evaluate and export face models for the kiosk."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from faceapp.core.errors import ConfigError, FaceAppError

log = logging.getLogger("trainer")

# The EdgeFace paper's published sizes (MPARAMS, MFLOPs), checked by `faceapp-train models`.
PAPER = {
    "edgeface_xxs": (1.24, 94.7),
    "edgeface_xs": (2.24, 196.9),
    "edgeface_xs_gamma_06": (1.77, 154.0),
    "edgeface_s_gamma_05": (3.65, 306.11),
}


def cmd_models(args) -> int:
    from trainer.export.onnx import count_mflops, count_params
    from trainer.registry import create_model, list_models

    rows = []
    for name, desc in list_models().items():
        m = create_model(name)
        p, f = count_params(m) / 1e6, count_mflops(m)
        ref = PAPER.get(name)
        rows.append(
            {
                "name": name,
                "mparams": round(p, 3),
                "mflops": round(f, 1),
                "paper_mparams": ref[0] if ref else None,
                "paper_mflops": ref[1] if ref else None,
                "description": desc,
            }
        )
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    print(f"{'model':<24}{'MParams':>9}{'paper':>8}{'MFLOPs':>9}{'paper':>9}  description")
    for r in rows:
        pp = f"{r['paper_mparams']:.2f}" if r["paper_mparams"] else "-"
        pf = f"{r['paper_mflops']:.1f}" if r["paper_mflops"] else "-"
        print(
            f"{r['name']:<24}{r['mparams']:>9.3f}{pp:>8}{r['mflops']:>9.1f}{pf:>9}  "
            f"{r['description']}"
        )
    return 0


def cmd_train(args) -> int:
    from trainer.engine.classify import TrainConfig, train
    from trainer.engine.run import load_yaml_config

    run = train(TrainConfig.from_dict(load_yaml_config(args.config, args.set)))
    print(f"run folder: {run}")
    return 0


def cmd_align(args) -> int:
    from trainer.data.aligned_cache import build_cache

    data = build_cache(
        args.roots,
        args.out,
        workers=args.workers,
        limit_per_root=args.limit_per_root,
        prealigned=args.aligned,
    )
    print(f"{len(data)} aligned crops in {args.out}")
    return 0


def cmd_distill(args) -> int:
    from trainer.engine.distill import DistillConfig, distill
    from trainer.engine.run import load_yaml_config

    run = distill(DistillConfig.from_dict(load_yaml_config(args.config, args.set)))
    print(f"run folder: {run}")
    return 0


def cmd_export(args) -> int:
    from faceapp.core.modelcard import ModelCard
    from faceapp.paths import data_dir
    from trainer.export.card import add_eval_metrics, export_provenance
    from trainer.export.onnx import export_onnx
    from trainer.models.teachers import model_from_checkpoint, read_checkpoint

    raw = read_checkpoint(args.checkpoint)
    model = model_from_checkpoint(raw, args.checkpoint, args.variant)
    name = args.name or (Path(args.out).stem if args.out else Path(args.checkpoint).stem)
    out = Path(args.out) if args.out else data_dir() / "models" / f"{name}.onnx"
    card = export_onnx(
        model,
        out,
        name=name,
        architecture=getattr(model, "arch_name", None) or f"edgeface_{model.variant}",
        provenance=export_provenance(args.checkpoint, raw),
        license=args.license,
        notes=args.notes or "",
        flip_average=args.flip_average,
    )
    if args.calibrate:
        from trainer.evaluation.calibrate import thresholds_for_model

        thresholds_for_model(out, args.calibrate, args.calibrate_limit).write_to(card)
        card.save(out.with_suffix(".json"))
    if args.pairs and args.images:
        add_eval_metrics(card, out, args.pairs, args.images)
    ModelCard.load(out.with_suffix(".json"))  # round-trip check
    print(
        f"wrote {out} and {out.with_suffix('.json')}; "
        f"ONNX vs torch max abs diff {card.provenance['onnx_vs_torch_max_abs_diff']:.2e}; "
        f"thresholds {card.thresholds}"
    )
    return 0


def cmd_quantize(args) -> int:
    import numpy as np

    from faceapp.core.modelcard import ModelCard, card_path_for
    from trainer.compression.ptq import quantize_int8
    from trainer.data.aligned_cache import AlignedSet
    from trainer.evaluation.calibrate import thresholds_for_model
    from trainer.export.card import add_eval_metrics, quantized_card

    src = Path(args.model)
    card = ModelCard.load(card_path_for(src))
    calib, held = AlignedSet.load(args.calib), AlignedSet.load(args.heldout)
    rng = np.random.default_rng(0)
    pick = np.sort(rng.choice(len(calib), min(args.calib_count, len(calib)), replace=False))
    step = max(1, len(held) // args.heldout_count)
    out = Path(args.out)
    if args.qat:
        summary, label = _quantize_from_qat(
            args, src, out, card, calib.crops[pick], held.crops[::step]
        )
    else:
        res = quantize_int8(
            src,
            out,
            np.asarray(calib.crops[pick]),
            np.asarray(held.crops[::step]),
            args.target_cosine,
            args.method,
            card=card,
        )
        summary, label = res.summary(), "int8 (static QDQ + 8-bit weight-only MatMul)"
    q = quantized_card(card, src, out, args.name or out.stem, label, summary)
    q.provenance["calibration"] = f"{len(pick)} aligned crops from {args.calib}"
    if args.thresholds_from:
        thresholds_for_model(out, args.thresholds_from, args.calibrate_limit).write_to(q)
    elif q.thresholds:
        q.provenance["thresholds_from"] = f"copied from {src.name} (not measured on this file)"
    q.save(card_path_for(out))
    if args.pairs and args.images:
        add_eval_metrics(q, out, args.pairs, args.images)
    print(
        json.dumps(
            {
                "out": str(out),
                "size_ratio": out.stat().st_size / src.stat().st_size,
                **summary,
                "thresholds": q.thresholds,
            }
        )
    )
    return 0


def _quantize_from_qat(args, src: Path, out: Path, card, calib, held) -> tuple[dict, str]:
    """int8 file of a QAT run: its trained weights (``src``, exported from the same checkpoint)
    with the activation ranges and weight scales it was trained with."""
    import numpy as np

    from trainer.compression.ptq import embeddings, to_model_input
    from trainer.compression.qat import module_weight_scales, quantize_onnx
    from trainer.models.teachers import model_from_checkpoint, read_checkpoint

    raw = read_checkpoint(args.qat)
    qat = raw.get("qat") if isinstance(raw, dict) else None
    if not qat:
        raise ConfigError(f"{args.qat} is not a quantization-aware training checkpoint")
    scales = module_weight_scales(model_from_checkpoint(raw, args.qat), qat)
    unsigned = qat["w_bits"] == 8 if args.weights == "auto" else args.weights == "uint8"
    info = quantize_onnx(
        src, out, qat, scales, to_model_input(np.asarray(calib), card), unsigned_weights=unsigned
    )
    x = to_model_input(np.asarray(held), card)
    cos = (embeddings(out, x) * embeddings(src, x)).sum(1)
    bits = f"w{qat['w_bits']}a{qat['a_bits']}"
    cfg = raw.get("config") or {}
    losses = [n for n in ("feature", "relation", "ekd") if cfg.get(f"w_{n}")]
    summary = {
        "method": f"quantization-aware training ({bits}, distillation fine-tuning with the "
        f"{' + '.join(losses) or 'configured'} losses) exported as "
        f"onnxruntime static QDQ with the trained ranges and scales, "
        f"{'uint8' if unsigned else 'int8'} weights",
        "cosine_to_float_mean": round(float(cos.mean()), 5),
        "cosine_to_float_min": round(float(cos.min()), 5),
        "float_nodes": qat["float_layers"],
        **info,
    }
    return summary, f"{bits} (QAT, static QDQ)"


def cmd_compress_report(args) -> int:
    from trainer.compression.report import compress_report, format_table

    rows = compress_report(
        args.models,
        args.reference or args.models[0],
        args.heldout,
        args.pairs,
        args.runs,
        args.dense_impostors,
    )
    print(json.dumps(rows) if args.json else format_table(rows))
    return 0


def cmd_calibrate(args) -> int:
    """Re-measure the decision thresholds in a model's card (the ONNX file is unchanged, so
    its hash in the card still holds)."""
    from faceapp.core.modelcard import ModelCard, card_path_for
    from trainer.evaluation.calibrate import thresholds_for_model

    card = ModelCard.load(card_path_for(args.model))
    thresholds_for_model(args.model, args.source, args.limit, args.teacher).write_to(card)
    card.save(card_path_for(args.model))
    print(f"{card.name}: thresholds {card.thresholds} from {card.provenance['thresholds_from']}")
    return 0


def _as_onnx(model: Path, tmp: Path) -> Path:
    """An ONNX file of ``model``: itself, or a checkpoint exported into ``tmp``."""
    if model.suffix == ".onnx":
        return model
    from trainer.export.onnx import export_onnx
    from trainer.models.teachers import load_checkpoint

    onnx = tmp / (model.stem + ".onnx")
    export_onnx(load_checkpoint(model), onnx)
    return onnx


def cmd_all_pairs(args) -> int:
    import tempfile

    import numpy as np
    from tqdm import tqdm

    from trainer.data.aligned_cache import AlignedSet
    from trainer.evaluation.all_pairs import all_pairs_report

    data = AlignedSet.load(args.heldout)
    keep = [i for i, ident in enumerate(data.identities) if ident]
    crops, ids = np.asarray(data.crops)[keep], [data.identities[i] for i in keep]
    rows = []
    for model in tqdm(args.models, desc="models", disable=args.json or len(args.models) < 2):
        with tempfile.TemporaryDirectory() as tmp:
            report = all_pairs_report(_as_onnx(Path(model), Path(tmp)), crops, ids, args.fars)
            rows.append({"model": model, **report})
    if args.json:
        print(json.dumps(rows))
        return 0
    for r in rows:
        same, different = r["pairs"]
        print(f"{r['model']}: {same:,} same-person and {different:,} different-person pairs")
        for how in ("plain", "flip"):
            cells = "  ".join(f"@ {far}: {100 * t:.2f} %" for far, t in r[how].items())
            print(f"  TAR {'each crop alone' if how == 'plain' else 'flip average   '}  {cells}")
    return 0


def cmd_eval(args) -> int:
    import tempfile

    from faceapp.evaluation.verification import save_roc_png
    from trainer.evaluation.pairs_eval import evaluate_bin, evaluate_pairs

    model = Path(args.model)
    with tempfile.TemporaryDirectory() as tmp:
        model_onnx = _as_onnx(model, Path(tmp))
        if args.bin:
            res, info = evaluate_bin(model_onnx, args.bin, threads=args.threads)
        elif not (args.pairs and args.images):
            raise ConfigError("eval needs --pairs and --images, or --bin")
        else:
            res, info = evaluate_pairs(
                model_onnx,
                args.pairs,
                args.images,
                args.threads,
                args.limit_pairs,
                progress=not args.json,
            )
    out = {
        "model": str(model),
        **res.to_dict(),
        "pairs": info["pairs"],
        "images": info["images"],
        "missing_faces": info["missing"],
    }
    if args.roc:
        save_roc_png(res, args.roc, f"{model.name} on {Path(args.bin or args.pairs).name}")
        out["roc_png"] = args.roc
    if args.json:
        print(json.dumps(out))
    else:
        print(
            f"{model.name}: accuracy {100 * res.accuracy_mean:.2f} % "
            f"± {100 * res.accuracy_std:.2f} over {len(res.fold_accuracies)} folds "
            f"({info['pairs']} pairs, {len(info['missing'])} images without a face)"
        )
        for far, tar in res.tar_at_far.items():
            print(
                f"  TAR @ FAR {far}: {100 * tar:.2f} %  (threshold {res.threshold_at_far[far]:.3f})"
            )
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="faceapp-train", description=__doc__)
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    q = sub.add_parser(
        "models",
        help="registered architectures with params and MFLOPs",
        description="List registered models with parameter and MFLOP counts "
        "next to the EdgeFace paper's.",
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(fn=cmd_models)

    q = sub.add_parser(
        "align",
        help="align photo folders into a training cache",
        description="Detect and align every photo below ROOTS with the kiosk's "
        "own pipeline; write crops.npy + meta.json to --out.",
    )
    q.add_argument(
        "roots",
        nargs="+",
        help="folders of <identity>/<photo>, flat photo folders, or one .rec file",
    )
    q.add_argument("--out", required=True)
    q.add_argument("--workers", type=int, default=2)
    q.add_argument("--limit-per-root", type=int)
    q.add_argument(
        "--aligned",
        action="store_true",
        help="the photos are already aligned 112x112 crops: no detection",
    )
    q.set_defaults(fn=cmd_align)

    q = sub.add_parser(
        "train",
        help="train with a margin loss (CosFace, ArcFace, AdaFace, ElasticFace, softmax)",
        description="Train a registered model on labelled aligned faces with a margin loss; "
        "config in YAML (e.g. trainer/configs/train_cosface_cpu.yaml). One process on CPU or a "
        "GPU, or several GPUs with `torchrun --nproc_per_node=N -m trainer.cli train ...`. "
        "Resumes from the run folder's last.pt.",
    )
    q.add_argument("--config", required=True)
    q.add_argument("--set", action="append", metavar="KEY=VALUE", help="override a config key")
    q.set_defaults(fn=cmd_train)

    q = sub.add_parser(
        "distill",
        help="distil a student from a teacher (no labels)",
        description="Train a student by distillation; config in YAML, e.g. "
        "trainer/configs/distill_campaign.yaml. Resumes from the "
        "run folder's last.pt.",
    )
    q.add_argument("--config", required=True)
    q.add_argument("--set", action="append", metavar="KEY=VALUE", help="override a config key")
    q.set_defaults(fn=cmd_distill)

    q = sub.add_parser(
        "export",
        help="export a checkpoint to ONNX with a model card",
        description="Export to ONNX (opset 17, dynamic batch), check against "
        "torch, write the model card; optionally measure thresholds.",
    )
    q.add_argument("--checkpoint", required=True, help="run checkpoint or EdgeFace state dict")
    q.add_argument("--variant", help="EdgeFace size when the file name does not tell")
    q.add_argument(
        "--out",
        help="output .onnx, card beside it (default: the kiosk's user "
        "models folder, where `faceapp models` finds it)",
    )
    q.add_argument("--name", help="model name in the card (default: file stem)")
    q.add_argument("--calibrate", help="identity folders for FAR thresholds (not eval data)")
    q.add_argument(
        "--calibrate-limit",
        type=int,
        default=1500,
        help="photos per calibration folder (an aligned cache: labelled rows; 0 = all)",
    )
    q.add_argument("--pairs", help="evaluate the export on this pairs file (into the card)")
    q.add_argument("--images", help="photos of the pairs file")
    q.add_argument("--license")
    q.add_argument("--notes")
    q.add_argument(
        "--flip-average",
        action="store_true",
        help="the card asks the kiosk to embed each face as the mean of the crop's and its "
        "mirror image's embeddings (twice the model runs, steadier scores); the card's "
        "metrics and thresholds are then measured that way",
    )
    q.set_defaults(fn=cmd_export)

    q = sub.add_parser(
        "quantize",
        help="int8 post-training quantization that keeps accuracy",
        description="Static int8 quantization with per-channel weights, percentile calibration "
        "on aligned faces and a sensitivity search that keeps the most damaging layers in float "
        "until the embeddings reach --target-cosine to the float model.",
    )
    q.add_argument("--model", required=True, help="float ONNX model with its card")
    q.add_argument("--calib", required=True, help="aligned cache for calibration")
    q.add_argument("--calib-count", type=int, default=256)
    q.add_argument("--heldout", required=True, help="aligned cache of held-out faces")
    q.add_argument("--heldout-count", type=int, default=200)
    q.add_argument("--out", required=True)
    q.add_argument("--name")
    q.add_argument("--target-cosine", type=float, default=0.99)
    q.add_argument("--method", default="percentile", choices=["percentile", "minmax", "entropy"])
    q.add_argument(
        "--qat",
        metavar="CHECKPOINT",
        help="quantize a quantization-aware trained model (--model exported from this "
        "checkpoint) with the ranges it was trained with, instead of the sensitivity search",
    )
    q.add_argument(
        "--weights",
        default="auto",
        choices=["auto", "int8", "uint8"],
        help="weight storage for --qat; auto: uint8 for 8-bit weights (x86 AVX2 int8 kernels "
        "saturate u8*s8 sums of 8-bit weights), int8 for fewer bits",
    )
    q.add_argument("--thresholds-from", help="identity folders or aligned cache for thresholds")
    q.add_argument("--pairs", help="evaluate the int8 model on this pairs file (into the card)")
    q.add_argument("--images", help="photos of the pairs file")
    q.add_argument("--calibrate-limit", type=int, default=1500)
    q.set_defaults(fn=cmd_quantize)

    q = sub.add_parser(
        "compress-report",
        help="one table for a family of compressed models",
        description="Params, MFLOPs, file size, latency at batch 1 and 32 (interleaved), cosine "
        "to the float model and pairs accuracy for each ONNX model, measured in one run.",
    )
    q.add_argument(
        "models",
        nargs="+",
        help="ONNX models with cards (the first is the float reference unless --reference)",
    )
    q.add_argument("--reference", help="the float model the cosines refer to")
    q.add_argument("--heldout", required=True, help="aligned cache of the pairs' images")
    q.add_argument("--pairs", help="pairs.txt for accuracy")
    q.add_argument("--runs", type=int, default=300)
    q.add_argument(
        "--dense-impostors",
        type=int,
        default=200_000,
        help="also score every same-person pair of the held-out crops and this many "
        "different-person pairs (AUC, balanced accuracy); 0 turns it off",
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(fn=cmd_compress_report)

    q = sub.add_parser(
        "calibrate",
        help="measure a model's decision thresholds by false-accept rate into its card",
        description="Score every different-person pair of identity-labelled faces (never the "
        "evaluation people) with the ONNX model and write the cosine thresholds at FAR "
        "1e-2 ... 1e-7 that the pair count resolves (at least 10 pairs above each) into the "
        "model's card, and the same for people's mean templates of 2 to 8 photos. The kiosk "
        "derives its threshold for a false-positive identification rate at the gallery's size "
        "from them.",
    )
    q.add_argument("--model", required=True, help="ONNX model with a card")
    q.add_argument(
        "--source",
        required=True,
        help="aligned cache with identities (e.g. runs/cache/train-rec: its labelled base "
        "set) or photo folders <identity>/<photo>",
    )
    q.add_argument("--limit", type=int, default=0, help="at most this many photos (0 = all)")
    q.add_argument(
        "--teacher",
        help="reference checkpoint whose embeddings find identities labelled twice (merged)",
    )
    q.set_defaults(fn=cmd_calibrate)

    q = sub.add_parser(
        "all-pairs",
        help="TAR at FAR 1e-3 to 1e-5 over every pair of held-out aligned crops",
        description="Score every pair of an aligned cache of identity-labelled held-out crops "
        "(the LFW dev photos: about 59 000 same-person and 14 million different-person pairs) "
        "and print the share of same-person pairs accepted at FAR 1e-3, 1e-4 and 1e-5, each "
        "crop alone and with the flip average, for checkpoints and ONNX files alike.",
    )
    q.add_argument("models", nargs="+", help="ONNX files or checkpoints")
    q.add_argument("--heldout", required=True, help="aligned cache (e.g. runs/cache/dev-aligned)")
    q.add_argument(
        "--fars",
        type=float,
        nargs="+",
        default=[1e-3, 1e-4, 1e-5],
        help="false-accept rates (those the pair count resolves are reported)",
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(fn=cmd_all_pairs)

    q = sub.add_parser(
        "eval",
        help="verification accuracy on a pairs file",
        description="k-fold verification accuracy, TAR at FAR and ROC of an ONNX "
        "model or a checkpoint on raw photos, through the kiosk's "
        "own detection and alignment.",
    )
    q.add_argument("--model", required=True, help="ONNX file or checkpoint")
    q.add_argument("--pairs", help="pairs.txt in LFW format")
    q.add_argument("--images", help="folder of <Name>/<Name>_NNNN.jpg")
    q.add_argument("--bin", help="an InsightFace .bin verification set instead of pairs+images")
    q.add_argument("--json", action="store_true")
    q.add_argument("--roc", help="save the ROC curve as PNG here")
    q.add_argument("--threads", type=int, default=0)
    q.add_argument("--limit-pairs", type=int, help="evaluate a subset (quick checks)")
    q.set_defaults(fn=cmd_eval)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    import warnings

    warnings.filterwarnings("ignore", category=UserWarning, module="torch")
    try:
        return args.fn(args)
    except FaceAppError as e:
        print(f"faceapp-train: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
