#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates tests/data/decode/expected/*.json from the decoder's current output.
# Review the diff (git diff tests/data/decode/expected) like code before committing.
set -e
cd "$(dirname "$0")/../../.."
MAILFLOW_UPDATE_EXPECTED=1 ./dev test -R tst_decodecorpus "$@"
git --no-pager diff --stat -- tests/data/decode/expected || true
