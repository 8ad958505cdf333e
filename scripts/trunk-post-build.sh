#!/bin/sh
# Trunk post-build hook, run in the staging folder's parent with TRUNK_STAGING_DIR set:
# 0. in a split build (ASKWELL_SPLIT=1, set by scripts/build), cuts the wasm into the main
#    module and chunks loaded on demand (scripts/split-wasm.js);
# 1. writes each persona's script as personas/<id>.<content tag>.json (validated; fetched on
#    demand; the tag in the name keeps builds from reading each other's scripts);
# 2. draws the icons (icons/*.png, named in manifest.webmanifest) from icons/askwell.svg;
# 3. joins the stylesheets into one file (scripts/bundle-css.js), minifies rescue.js and
#    offline.js and drops index.html's comments (scripts/minify.js), then adds the Content
#    Security Policy to index.html, with the hash of Trunk's inline loader;
# 4. lists every built file in sw.js and stamps it with a build id (a hash of those files),
#    so each build's service worker caches exactly that build and replaces older ones.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk}"
if [ "${ASKWELL_SPLIT:-0}" = 1 ]; then
  node scripts/split-wasm.js "$dir" "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/askwell-web.wasm"
fi
# RUSTFLAGS of a split build are for the wasm only.
env -u RUSTFLAGS cargo run -q --offline -p askwell-core --bin askwell -- export "$dir/personas"
node scripts/make-icons.js "$dir/icons"
node scripts/bundle-css.js "$dir"
node scripts/minify.js "$dir"
node scripts/add-csp.js "$dir/index.html"
cd "$dir"
files=$(find . -type f ! -name sw.js | sed 's|^\./||' | sort)
build=$(cat $files | sha256sum | cut -c1-16)
# Smallest first: the worker fetches a few at a time in this order, so the persona scripts
# (a practice's next download) come before the management pages' code.
files=$(for f in $files; do echo "$(wc -c < "$f") $f"; done | sort -n -k1,1 -k2 | cut -d' ' -f2)
# The page is cached as "./" only: hosts that redirect index.html to "./" would otherwise
# give the worker a redirected copy (sw.js serves "./" for both names).
assets='["./"'
for f in $files; do
  [ "$f" = index.html ] || assets="$assets, \"./$f\""
done
assets="$assets]"
sed -e "s|__BUILD__|$build|" -e "s|__ASSETS__|$assets|" sw.js > sw.js.tmp
mv sw.js.tmp sw.js
chmod 644 sw.js
