#!/usr/bin/env bash
# The default model's campaign on one CUDA GPU, for a machine that has one for a few minutes:
# the same distillation as trainer/configs/distill_campaign.yaml (same student, teacher, data,
# losses, augmentations, batch, rate and moving average), resumed from the same checkpoint, in
# bf16, then the release branch (the rate decayed to 0) on the GPU too.
#
#   MINUTES=5 BRANCH_MINUTES=2 trainer/recipes/campaign_gpu.sh   # or BRANCH_EPOCHS=14
#
# SETTINGS adds overrides to both steps, e.g. SETTINGS="online_teacher=false" (the cached
# targets of the releases up to 9e44fd5; the config's online teacher costs a GPU little).
#
# BRANCH_MINUTES sizes the branch by the campaign step's own speed (its last epoch's seconds),
# so that a machine lent for a fixed time ends with a finished branch; the number of epochs
# chosen is printed and kept in the branch's checkpoint.
#
# An epoch is one pass over the 100 565 crops (197 steps of 512), one learning-curve row each.
# Batch 512 at lr 0.004 came with the first GPU leg (twice the rate of the CPU's former batch
# 64, for eight times the batch: between the linear and the square-root rule, as the campaign
# was late in training) and the CPU campaign kept it. No dev evaluation runs on the GPU
# machine (its data need not travel); the learning curve's dev columns are measured afterwards
# on the checkpoints. The int8 release (default_model.sh from step 2b, which finds the branch
# complete) runs on any CPU:
#
#   MINUTES=0 trainer/recipes/default_model.sh
#
# Run from the repository root with the [trainer] extra (or torch, numpy, pyyaml, tqdm, opencv)
# importable; FACEAPP_SHARED points at the data (default ../shared).
set -euo pipefail
SHARED=${FACEAPP_SHARED:-../shared}
MINUTES=${MINUTES:-5}
BRANCH_MINUTES=${BRANCH_MINUTES:-2}
CONFIG=trainer/configs/distill_campaign.yaml
GPU=(--set eval_data= --set eval_pairs= --set checkpoint_minutes=2 --set threads=8)
for kv in ${SETTINGS:-}; do GPU+=(--set "$kv"); done

python3 -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 'no CUDA GPU')"
[ -f runs/cache/train-rec/meta.json ] ||
  faceapp-train align "$SHARED"/faces/train-rec/*.rec --out runs/cache/train-rec

faceapp-train distill --config "$CONFIG" "${GPU[@]}" --set time_limit_minutes="$MINUTES"

if [ -z "${BRANCH_EPOCHS:-}" ]; then
  BRANCH_EPOCHS=$(python3 -c '
import csv, sys
last = list(csv.DictReader(open("runs/campaign/metrics.csv")))[-1]
print(max(1, int(float(sys.argv[1]) * 60 // float(last["seconds"]))))
' "$BRANCH_MINUTES")
fi
echo "release branch: $BRANCH_EPOCHS epochs"
faceapp-train distill --config "$CONFIG" "${GPU[@]}" --set out=runs/release-branch \
  --set resume_from=runs/campaign/last.pt --set branch_epochs="$BRANCH_EPOCHS"
