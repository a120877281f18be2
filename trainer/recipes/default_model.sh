#!/usr/bin/env bash
# How the kiosk's default model (assets/models/edgeface-xxs-int8.onnx) is made, end to end, and
# how its CPU training campaign goes on from one session to the next.
#
# EdgeFace-XXS from random initialisation, distilled without labels from the reference
# EdgeFace-XS teacher on the ~100 000 aligned crops of ../shared/faces/train-rec, made int8 by
# quantization-aware training, its thresholds measured on the labelled part of the training set,
# and evaluated on the held-out LFW development pairs (people in no training photo).
#
#   MINUTES=120 trainer/recipes/default_model.sh   # train 120 more minutes, then release
#   MINUTES=0 trainer/recipes/default_model.sh     # release the campaign as it stands
#
# A release is a short branch of the campaign with the learning rate decayed to 0 (COOLDOWN
# epochs, step 2b); the campaign goes on at its constant rate, and its checkpoint is the master,
# from which a fresh clone reproduces the released branch exactly and continues the campaign.
#
# The training resumes exactly: mid-epoch from runs/campaign/last.pt, or, on a fresh clone, from
# the committed float master trainer/masters/edgeface-xxs-master.pt (weights, their moving
# average, optimizer state, position in the data and the run's history). The release writes
# a new int8 model, its card and a new master; commit the three together.
# Run from the repository root with the [trainer] extra installed; FACEAPP_SHARED points at the
# data (default ../shared).
set -euo pipefail
SHARED=${FACEAPP_SHARED:-../shared}
DEV=$SHARED/faces/dev/lfw
TEACHER=$SHARED/teachers/edgeface_xs_q.pt
NAME=edgeface-xxs
MASTER=trainer/masters/$NAME-master.pt
MINUTES=${MINUTES:-120}
COOLDOWN=${COOLDOWN:-8}   # epochs (passes over the crops) in the release branch
X=runs/export
TERMS="CC-BY-NC-SA-4.0"   # inherited from the teacher's weights and the training data
NOTES="Trained by this project from random initialisation (teacher: targets only). Weights for \
non-commercial research use; see assets/models/README.md for the data and their terms."
mkdir -p "$X"

# 1. the data, once per machine: the RecordIO crops as one memory-mapped cache (label -1 =
#    no identity), and the dev photos aligned by the kiosk's own detector (learning curve only)
[ -f runs/cache/train-rec/meta.json ] ||
  faceapp-train align "$SHARED"/faces/train-rec/*.rec --out runs/cache/train-rec
[ -f runs/cache/dev-aligned/meta.json ] ||
  faceapp-train align "$DEV/images" --out runs/cache/dev-aligned

# 2. distil for MINUTES more (teacher embeddings of every crop and its mirror cached once)
if [ "$MINUTES" != 0 ]; then
  faceapp-train distill --config trainer/configs/distill_campaign.yaml \
    --set time_limit_minutes="$MINUTES"
fi
CKPT=${CKPT:-runs/campaign/last.pt}   # or an earlier checkpoint of the campaign to release
[ -f "$CKPT" ] || CKPT=$MASTER

# 2b. the release branch: COOLDOWN epochs on from the campaign's checkpoint with the rate
#     decayed linearly to 0, so that the weights settle (the campaign itself goes on at its
#     constant rate from $CKPT, which becomes the master; a rerun resumes the branch)
faceapp-train distill --config trainer/configs/distill_campaign.yaml \
  --set out=runs/release-branch --set resume_from="$CKPT" --set branch_epochs="$COOLDOWN"
REL=runs/release-branch/last.pt

# 3. the float model (the weights' moving average), then int8 by quantization-aware training;
#    the kiosk embeds each face as the mean of the crop's and its mirror's embeddings
#    (--flip-average: every metric and threshold below is measured that way)
faceapp-train export --checkpoint "$REL" --out "$X/$NAME-fp32.onnx" --name "$NAME-fp32" \
  --flip-average --pairs "$DEV/pairs.txt" --images "$DEV/images" --license "$TERMS" --notes "$NOTES"
rm -rf "runs/qat-$NAME"   # a fresh fine-tune of this very checkpoint
faceapp-train distill --config trainer/configs/compress_qat_w7a8.yaml \
  --set student=edgeface_xxs --set init="$REL" --set "data=[runs/cache/train-rec]" \
  --set out="runs/qat-$NAME"
faceapp-train export --checkpoint "runs/qat-$NAME/last.pt" --out "$X/qat-$NAME-fp32.onnx" \
  --name "qat-$NAME-fp32" --flip-average --license "$TERMS" --notes "$NOTES"
faceapp-train quantize --model "$X/qat-$NAME-fp32.onnx" --qat "runs/qat-$NAME/last.pt" \
  --calib runs/cache/train-rec --heldout runs/cache/dev-aligned \
  --out "assets/models/$NAME-int8.onnx" --name "$NAME-int8" \
  --pairs "$DEV/pairs.txt" --images "$DEV/images"

# 4. thresholds by false-accept rate from every different-person pair of the labelled training
#    photos the kiosk would decide on (colour, a face its detector finds where the crop was
#    aligned and its quality gate passes; identities labelled twice merged, photos filed under
#    two people left out)
faceapp-train calibrate --model "assets/models/$NAME-int8.onnx" --source runs/cache/train-rec \
  --teacher "$TEACHER"

# 5. the float master the next session continues from
cp "$CKPT" "$MASTER.tmp" && mv "$MASTER.tmp" "$MASTER"

# 6. the measurements the model card quotes
faceapp-train compress-report "$X/$NAME-fp32.onnx" "assets/models/$NAME-int8.onnx" \
  "$X/qat-$NAME-fp32.onnx" --heldout runs/cache/dev-aligned --pairs "$DEV/pairs.txt"
python -m faceapp.bench.door_sim --images "$DEV/images"
