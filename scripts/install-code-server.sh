#!/usr/bin/env bash
# Installs code-server (VS Code in a browser, here VS Code 1.100.3) for the tests in a real VS Code
# (test/vscode/run.mjs) and for `npm start` on machines without a `code` CLI.
#
#   scripts/install-code-server.sh [DIR]     prints DIR's code-server executable on its last line
#
# DIR defaults to ${TNB_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tnb}/code-server-4.100.3.
#
# Only the npm registry and Debian packages are needed. A plain `npm install code-server` does not work offline:
# its postinstall downloads ripgrep from GitHub, and two native modules try prebuilt binaries from GitHub first.
# So the package is fetched without scripts and its postinstall is replayed by hand, with Debian's ripgrep and
# native modules compiled by node-gyp against the Node headers already on the machine.
#
# Idempotent: a marker file is written only after every step succeeded, so a second run is instant and a run
# that was interrupted halfway is redone from scratch. It never calls apt-get itself (.ci/run does); it checks
# the Debian packages it needs and says which are missing.
set -euo pipefail

VERSION=4.100.3
DIR=${1:-${TNB_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tnb}/code-server-$VERSION}
[ -d "$DIR" ] && DIR=$(cd "$DIR" && pwd) # absolute, for the path printed and for the steps that change directory
MARKER=.tnb-install-complete
OWNER=tnb-code-server # the name of the package.json this script writes into DIR, to recognise DIR as ours
BIN="$DIR/node_modules/code-server/out/node/entry.js"

if [ -f "$DIR/$MARKER" ] && [ "$(cat "$DIR/$MARKER")" = "$VERSION" ] && [ -f "$BIN" ]; then
  echo "code-server $VERSION is installed in $DIR"
  echo "$DIR/node_modules/.bin/code-server"
  exit 0
fi

# ---- prerequisites ----------------------------------------------------------------------------------------------
# chromium: the browser the UI tests drive; libkrb5-dev: headers for the kerberos module; ripgrep: VS Code's search;
# g++, make, python3: node-gyp, which compiles the native modules.
APT_PACKAGES=(chromium libkrb5-dev ripgrep g++ make python3)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "error: code-server needs these Debian packages, which are missing: ${missing[*]}" >&2
  echo "       install them with: apt-get install -y --no-install-recommends ${APT_PACKAGES[*]}" >&2
  exit 1
fi
# node-gyp compiles against the headers of the running Node; with them on disk it never downloads any.
NODE_DIR=$(node -p 'require("path").resolve(process.execPath, "../..")')
if [ ! -f "$NODE_DIR/include/node/node.h" ]; then
  echo "error: no Node.js headers at $NODE_DIR/include/node (Debian's and NodeSource's nodejs package ship them)" >&2
  exit 1
fi

# ---- a clean directory ------------------------------------------------------------------------------------------
if [ -e "$DIR" ] && [ -n "$(ls -A "$DIR" 2>/dev/null)" ]; then
  if ! grep -q "\"name\": \"$OWNER\"" "$DIR/package.json" 2>/dev/null; then
    echo "error: $DIR is not empty and was not made by this script; refusing to overwrite it" >&2
    exit 1
  fi
  echo "removing the unfinished install in $DIR"
  rm -rf "$DIR"
fi
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
cd "$DIR"
cat >package.json <<EOF
{
  "name": "$OWNER",
  "private": true,
  "description": "code-server for tnb's tests in a real VS Code, installed by scripts/install-code-server.sh"
}
EOF

export npm_config_nodedir="$NODE_DIR" # node-gyp: use the local headers, download none
export npm_config_yes=true            # node-pty's install runs `npx node-gyp`; a non-interactive npx would stop
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
started=$SECONDS
echo "installing code-server $VERSION into $DIR (about 2 minutes on 2 cores)"

# 1. the package, without its postinstall (whose ripgrep step downloads from GitHub)
npm install "code-server@$VERSION" --ignore-scripts --loglevel=error
# argon2 (password hashing, unused with --auth none but loaded): its prebuilt download fails, node-gyp builds it
npm rebuild argon2 --foreground-scripts --loglevel=error

# 2. code-server's postinstall.sh, replayed: VS Code's own dependencies, then its built-in extensions'
CS="$DIR/node_modules/code-server"
cd "$CS/lib/vscode"
npm install --omit=dev --ignore-scripts --loglevel=error
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg # Debian's ripgrep; its postinstall then skips the download
npm rebuild --foreground-scripts --loglevel=error             # spdlog, node-pty, @parcel/watcher, kerberos, ...
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --loglevel=error)

# 3. a quick check that it starts, then the marker
cd "$DIR"
"$DIR/node_modules/.bin/code-server" --version >/dev/null
echo "$VERSION" >"$DIR/$MARKER"
echo "code-server $VERSION installed in $DIR in $((SECONDS - started)) s"
echo "$DIR/node_modules/.bin/code-server"
