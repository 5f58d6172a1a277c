#!/usr/bin/env bash
# Bundles the live pad's editor (CodeMirror 6 and its collaboration extension, from the npm
# registry, with this machine's node) into the app's static files. Run by Maven at
# generate-resources; the packages are installed once per change of the lock file.
# Usage: scripts/build-editor.sh <output directory>
set -euo pipefail
# On a clean build the output folder does not exist yet: make it, then take its absolute path.
mkdir -p "$1"
out="$(cd "$1" && pwd)"
cd "$(dirname "$0")/../boucle-app/src/main/editor"
if ! command -v npm >/dev/null 2>&1; then
  echo "build-editor: npm not found; install Node.js 20 or later (the live pad's editor is built with it)" >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
# Two pages, two bundles: the live pad, and the practice area's single-person editor (same CodeMirror set-up).
for entry in pad:live-pad practice:practice; do
  src="src/${entry%%:*}.js"; bundle="$out/${entry##*:}.js"
  if [ ! -f "$bundle" ] || [ -n "$(find src package-lock.json -newer "$bundle" -print -quit)" ]; then
    npx --no-install esbuild "$src" --bundle --minify --format=iife --target=es2020 --log-level=warning --outfile="$bundle"
  fi
done
