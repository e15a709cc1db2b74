#!/bin/sh
# Runs a command in a D-Bus session of its own with an unlocked GNOME Keyring: a real Secret
# Service for QtKeychain, with its keyring in a scratch directory that goes away afterwards.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c 'echo builddeck-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 && exec "$@"' keyring "$@"
