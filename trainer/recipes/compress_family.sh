#!/usr/bin/env bash
# The compression family of the default model and the LoRaLin conversions of the reference
# EdgeFace-XS, each fine-tuned by distillation, exported, and measured in one compress-report.
# Run from the repository root after default_model.sh (it needs runs/campaign/last.pt and
# the aligned caches, and the w7a8 QAT run and its float export that made the default int8
# model); SHARED points at the data. Every step resumes if interrupted.
set -euo pipefail
SHARED=${FACEAPP_SHARED:-../shared}
DEV=$SHARED/faces/dev/lfw
X=runs/export
mkdir -p "$X"

# fine-tunes (distillation from the reference teacher, teacher embeddings cached once)
faceapp-train distill --config trainer/configs/compress_qat_w8a8.yaml
faceapp-train distill --config trainer/configs/compress_qat_w6a6.yaml
faceapp-train distill --config trainer/configs/compress_prune.yaml
for g in 04 06 08; do
  faceapp-train distill --config trainer/configs/compress_loralin.yaml \
    --set loralin_gamma=0.${g#0} --set out=runs/loralin-$g
done

# float exports, then int8 files from the QAT runs (their own ranges and scales)
for run in qat-w8a8 qat-w6a6 prune-30 loralin-04 loralin-06 loralin-08; do
  faceapp-train export --checkpoint runs/$run/last.pt --out $X/$run-fp32.onnx --name $run-fp32
done
faceapp-train export --checkpoint "$SHARED/teachers/edgeface_xs_q.pt" --out $X/teacher-xs-fp32.onnx --name teacher-xs-fp32
for b in w8a8 w6a6; do
  faceapp-train quantize --model $X/qat-$b-fp32.onnx --qat runs/qat-$b/last.pt \
    --calib runs/cache/train-rec --heldout runs/cache/dev-aligned --out $X/qat-$b.onnx --name qat-$b
done
# post-training int8 of the default float model (sensitivity search) for comparison
faceapp-train quantize --model $X/edgeface-xxs-fp32.onnx --calib runs/cache/train-rec \
  --heldout runs/cache/dev-aligned --out $X/ptq-int8.onnx --name ptq-int8 --target-cosine 0.993

# one table, one run: the default family against its float model, the conversions against XS
faceapp-train compress-report $X/edgeface-xxs-fp32.onnx assets/models/edgeface-xxs-int8.onnx \
  $X/ptq-int8.onnx $X/qat-w8a8.onnx $X/qat-edgeface-xxs-fp32.onnx $X/qat-w6a6.onnx $X/prune-30-fp32.onnx \
  --heldout runs/cache/dev-aligned --pairs "$DEV/pairs.txt"
faceapp-train compress-report $X/teacher-xs-fp32.onnx $X/loralin-08-fp32.onnx \
  $X/loralin-06-fp32.onnx $X/loralin-04-fp32.onnx --heldout runs/cache/dev-aligned --pairs "$DEV/pairs.txt"
