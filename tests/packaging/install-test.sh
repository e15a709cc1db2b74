#!/bin/sh
# Installs the Debian package made from BUILD_DIR into a fresh, bare Debian 12 container (minbase:
# apt and nothing else, made once by builddeck-cli build-image from RECIPE), through the engine,
# and runs both executables there: every library must come from Debian's packages through the
# package's Depends.
# usage: install-test.sh BUILD_DIR RECIPE
set -eu
build=$1
recipe=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
image=$("$build/bin/builddeck-cli" build-image --recipe "$recipe" --data-dir "$out/data" 2>"$out/image.log" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["image"]["tags"][0])') || {
    cat "$out/image.log" >&2
    exit 1
}
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >/dev/null
deb=$(basename "$(ls "$out"/*.deb)")
echo "Installing $deb into a fresh $image container"
docker run --rm -v "$out:/pkg:ro" -e DEBIAN_FRONTEND=noninteractive "$image" sh -ec "
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends /pkg/$deb >/dev/null
    for program in /usr/bin/builddeck /usr/bin/builddeck-cli; do
        if ldd \$program | grep 'not found'; then exit 1; fi
    done
    builddeck-cli version
    QT_QPA_PLATFORM=offscreen builddeck --version
    test -f /usr/share/applications/io.github.builddeck.BuildDeck.desktop
    test -f /usr/share/metainfo/io.github.builddeck.BuildDeck.metainfo.xml
    test -f /usr/share/man/man1/builddeck-cli.1
"
