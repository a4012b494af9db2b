#!/usr/bin/env bash
# Set up kg on a fresh machine: a virtual environment with kg and its dependencies, the
# JavaScript library `kg view` inlines (d3, pinned in kg/data/view/package-lock.json, from npm),
# and the Arabic parse model. The model comes from $KG_MODEL_SOURCE, else ../shared/models (the
# offline copy next to this checkout), else the official UDPipe model is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev,world]'
npm ci --prefix kg/data/view --no-audit --no-fund --loglevel=error
source="${KG_MODEL_SOURCE:-../shared/models}"
if [ -d "$source" ]; then
  .venv/bin/kg models install --from "$source"
else
  .venv/bin/kg models download
fi
