#!/usr/bin/env bash
# How the kiosk's default model (assets/models/edgeface-xs-g06-int8.onnx) is made, end to end.
# EdgeFace-XS gamma=0.6 from random initialisation, distilled (no labels) from the reference
# EdgeFace-XS teacher on the training photos, exported, quantized to int8 and evaluated on the
# held-out LFW development pairs (people who appear in no training photo).
# Run from the repository root with the [trainer] extra installed; SHARED points at the data.
set -euo pipefail
SHARED=${FACEAPP_SHARED:-../shared}
T=$SHARED/faces/train
DEV=$SHARED/faces/dev/lfw

# 1. align the photos once with the kiosk's own detector and alignment
faceapp-train align "$T/lfw" "$T/celeba" "$T/utkface" "$T/yaleb" "$T/att" --out runs/cache/train-aligned
faceapp-train align "$DEV/images" --out runs/cache/dev-aligned   # per-epoch accuracy only

# 2. distil (resumes from runs/distill-xs-g06/last.pt if interrupted)
faceapp-train distill --config trainer/configs/distill_xs_gamma06.yaml ${EPOCHS:+--set epochs=$EPOCHS}

# 3. export the best epoch to ONNX, thresholds measured on CelebA training identities
faceapp-train export --checkpoint runs/distill-xs-g06/best.pt \
  --out runs/export/edgeface-xs-g06-fp32.onnx --name edgeface-xs-g06-fp32 \
  --calibrate "$T/celeba" --calibrate-limit 1500 \
  --pairs "$DEV/pairs.txt" --images "$DEV/images" --license BSD-3-Clause

# 4. int8 by quantization-aware training: w7a8 (7-bit weights are exact on AVX2 int8 kernels
#    without VNNI), 200 steps of feature + relation distillation from the teacher starting from
#    the float student, then exported with the ranges and scales it was trained with
faceapp-train distill --config trainer/configs/compress_qat_w7a8.yaml
faceapp-train export --checkpoint runs/qat-w7a8/last.pt \
  --out runs/export/qat-w7a8-fp32.onnx --name qat-w7a8-fp32 \
  --pairs "$DEV/pairs.txt" --images "$DEV/images" --license BSD-3-Clause
faceapp-train quantize --model runs/export/qat-w7a8-fp32.onnx --qat runs/qat-w7a8/last.pt \
  --calib runs/cache/train-aligned --heldout runs/cache/dev-aligned \
  --out assets/models/edgeface-xs-g06-int8.onnx --name edgeface-xs-g06-int8 \
  --thresholds-from "$T/celeba" --pairs "$DEV/pairs.txt" --images "$DEV/images"
