#!/usr/bin/env bash
# Regenerate constraints.txt: resolve pyproject.toml (with the test extras) in a throwaway
# virtualenv, so nothing stray from .venv is pinned, and freeze it. Commit the result.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HUB_ROOT"

python="$(find_python)" || die "Python 3.11 or newer is needed."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet -e ".[test]"
{
    echo "# Exact versions of every Python package the hub and its tests use, for reproducible installs."
    echo "# Used as: pip install -c constraints.txt -e '.[test]'   (scripts/lib.sh does this)."
    echo "# Regenerate after changing pyproject.toml: ./scripts/update_constraints.sh"
    "$tmp/venv/bin/pip" freeze --exclude-editable
} >constraints.txt
log "constraints.txt: $(grep -vc '^#' constraints.txt) packages"
