#!/usr/bin/env bash
# Debian's Chromium for the browser test of `kg view` (tests/test_view.py), run headless.
# Safe to run again: apt-get skips what is installed. If the install fails the browser test
# skips itself with a message saying what is missing, except in CI, where it must run.
set -uo pipefail

if command -v chromium >/dev/null; then
  echo "browser: chromium already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq && apt-get install -y -qq --no-install-recommends \
    chromium fonts-noto-core >/dev/null; then
  echo "browser: installed chromium fonts-noto-core"
else
  echo "browser: could not install chromium; the browser test will be skipped" >&2
  # In CI the test must run, not skip.
  if [ "${CI:-}" = "true" ]; then exit 1; fi
fi
exit 0
