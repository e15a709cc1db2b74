#!/usr/bin/env bash
# BuildDeck's set-up and developer commands. Every step does all it needs and is quick when
# already done, so any step can be run on a fresh Debian 12 machine.
#
#   scripts/dev.sh run     set everything up and start BuildDeck (headless without a display)
#   scripts/dev.sh test    set everything up and run every test (what CI runs)
#   scripts/dev.sh deps | engine | image [PRESET] | build [PRESET]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Each step with the time since the script started, so a slow one shows.
say() { printf '\033[1m==> [%d:%02d] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

# Debian 12 packages: build tools and libraries, the engine, the image recipe, and test tools.
packages=(
    build-essential cmake ninja-build pkg-config git ca-certificates curl python3
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 libgl-dev qt6-translations-l10n
    libyaml-cpp-dev libgit2-dev qtkeychain-qt6-dev catch2 libcurl4-openssl-dev libarchive-dev
    docker.io mmdebstrap
    clang-format clang-14 libclang-rt-14-dev xvfb xauth fonts-dejavu-core socat podman gnome-keyring dbus
    openssh-server openssh-client desktop-file-utils appstream dpkg-dev file
)

step_deps() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! is_root; then
        die "missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}"
    fi
    say "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The engine endpoint, in the order of ARCHITECTURE §7 (without --engine, which is per command).
endpoints() {
    if [ -n "${BUILDDECK_ENGINE:-}" ]; then echo "$BUILDDECK_ENGINE"; return; fi
    if [ -n "${DOCKER_HOST:-}" ]; then echo "$DOCKER_HOST"; return; fi
    echo unix:///var/run/docker.sock
    [ -n "${XDG_RUNTIME_DIR:-}" ] && echo "unix://$XDG_RUNTIME_DIR/podman/podman.sock"
    echo unix:///run/podman/podman.sock
}

# engine_get ENDPOINT PATH: GET from the engine's API; prints the body, fails on no answer or HTTP error.
engine_get() {
    local endpoint=$1 path=$2
    case $endpoint in
        unix://*) [ -S "${endpoint#unix://}" ] || return 1
                  curl -sf --max-time 3 --unix-socket "${endpoint#unix://}" "http://docker$path" ;;
        /*) curl -sf --max-time 3 --unix-socket "$endpoint" "http://docker$path" ;;
        tcp://*) curl -sf --max-time 3 "http://${endpoint#tcp://}$path" ;;
        *) return 1 ;;
    esac
}

answering_engine() {
    local endpoint
    for endpoint in $(endpoints); do
        if engine_get "$endpoint" /version >/dev/null 2>&1; then echo "$endpoint"; return 0; fi
    done
    return 1
}

step_engine() {
    answering_engine >/dev/null && return 0
    if [ -n "${BUILDDECK_ENGINE:-}${DOCKER_HOST:-}" ]; then
        die "the engine at ${BUILDDECK_ENGINE:-$DOCKER_HOST} does not answer. Start it, or unset BUILDDECK_ENGINE and DOCKER_HOST to use a local one."
    fi
    if ! is_root; then
        die "no container engine answers at $(endpoints | tr '\n' ' '). Start one: 'sudo systemctl start docker' (or 'sudo dockerd &'), or 'systemctl --user start podman.socket' for Podman, then run this again."
    fi
    command -v dockerd >/dev/null || { packages=(docker.io); step_deps; }
    say "Starting dockerd (log: /var/log/builddeck-dockerd.log)"
    setsid nohup dockerd >/var/log/builddeck-dockerd.log 2>&1 </dev/null &
    for _ in $(seq 1 120); do
        engine_get unix:///var/run/docker.sock /version >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    tail -n 20 /var/log/builddeck-dockerd.log >&2 || true
    die "dockerd did not answer within 60 s; its log is above and in /var/log/builddeck-dockerd.log."
}

# The default build image, made by builddeck-cli from packaging/images/standard/image.json when the
# engine lacks it (mmdebstrap; as root, or a user with user namespaces and uidmap).
step_image() {
    local preset=${1:-dev}
    step_engine
    [ -x "build/$preset/bin/builddeck-cli" ] || step_build "$preset"
    "build/$preset/bin/builddeck-cli" build-image --engine "$(answering_engine)" >/dev/null
}

step_build() {
    local preset=${1:-dev}
    step_deps
    [ -f "build/$preset/build.ninja" ] || cmake --preset "$preset" >/dev/null
    say "Building ($preset)"
    cmake --build --preset "$preset" -j "$(nproc)"
}

step_run() {
    step_deps
    step_build dev
    step_image dev
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec build/dev/bin/builddeck "$@"
    fi
    say "No display: running the sample project's build headless"
    local cli=build/dev/bin/builddeck-cli id status
    "$cli" batch-get-projects --names hello-builddeck | grep -q '"name": "hello-builddeck"' ||
        "$cli" create-project --cli-input-json file://resources/templates/hello.json >/dev/null
    id=$("$cli" start-build --project-name hello-builddeck | python3 -c 'import json,sys; print(json.load(sys.stdin)["build"]["id"])')
    say "Build $id"
    "$cli" logs --id "$id" --follow
    status=$("$cli" batch-get-builds --ids "$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["builds"][0]["buildStatus"])')
    say "Build $id: $status"
    say "The desktop application needs a display: run this on a machine with one (or under xvfb-run)."
    [ "$status" = SUCCEEDED ]
}

step_test() {
    step_deps
    say "Checking the format (.clang-format)"
    git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
    # The images the tests need (the default one, and the bare Debian of the package's install
    # test) are made while the rest compiles, once builddeck-cli is there.
    step_engine
    [ -f build/ci/build.ninja ] || cmake --preset ci >/dev/null
    say "Building builddeck-cli (ci)"
    cmake --build --preset ci -j "$(nproc)" --target builddeck-cli
    say "Making the test images in the background (log: build/ci/images.log)"
    local engine images
    engine=$(answering_engine)
    { build/ci/bin/builddeck-cli build-image --engine "$engine" &&
        build/ci/bin/builddeck-cli build-image --engine "$engine" --recipe tests/packaging/debian-12.json; } \
        >build/ci/images.log 2>&1 &
    images=$!
    step_build ci
    say "Waiting for the test images"
    wait "$images" || { tail -n 30 build/ci/images.log >&2; die "the test images could not be made; the log is above."; }
    say "Smoke launch: builddeck --version"
    QT_QPA_PLATFORM=offscreen build/ci/bin/builddeck --version
    say "Running every test (ci preset)"
    ctest --preset ci -j "$(nproc)"
    step_build asan
    # The fuzzers (a bounded number of inputs, a fixed seed) use the processor while the integration
    # tests wait on their containers.
    say "Running the core tests and the fuzzers under AddressSanitizer and UndefinedBehaviorSanitizer"
    ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 LSAN_OPTIONS="suppressions=$root/tests/support/lsan.supp" UBSAN_OPTIONS=print_stacktrace=1 ctest --preset asan -j "$(nproc)" -L 'unit|integration|fuzz'
}

# The pictures in docs/screenshots/, from a real session under Xvfb (English, German and French).
step_screenshots() {
    step_deps
    step_engine
    step_build dev
    step_image dev
    local language
    for language in "" de fr; do
        say "Screenshots${language:+ ($language)}"
        BUILDDECK_SCREENSHOT_DIR="$PWD/docs/screenshots" BUILDDECK_SCREENSHOT_LANGUAGE="$language" QT_QPA_PLATFORM=xcb \
            xvfb-run -a -s "-screen 0 1280x800x24" build/dev/bin/ui_tests "[.screenshots]"
    done
}

step=${1:-}
[ $# -gt 0 ] && shift
case $step in
    deps) step_deps ;;
    engine) step_deps; step_engine ;;
    image) step_deps; step_image "$@" ;;
    build) step_build "$@" ;;
    run) step_run "$@" ;;
    test) step_test ;;
    screenshots) step_screenshots ;;
    *) echo "usage: scripts/dev.sh run|test|deps|engine|image [PRESET]|build [PRESET]|screenshots" >&2; exit 2 ;;
esac
