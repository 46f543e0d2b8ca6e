#!/bin/sh
# Runs a test command inside a private D-Bus session with an unlocked gnome-keyring providing
# org.freedesktop.secrets, with CROUPIER_TEST_KEYRING=1 set, so KeychainSecretStore can be
# tested against a real Secret Service without touching the user's own keyring.
# Usage: run-with-keyring.sh TEST_BINARY [ARGS...]
set -eu

if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "run-with-keyring.sh: needs dbus-run-session and gnome-keyring-daemon" >&2
    exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"

dbus-run-session -- sh -c '
    printf %s "croupier-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "run-with-keyring.sh: org.freedesktop.secrets never appeared" >&2
            exit 1
        fi
        sleep 0.1
    done
    # The daemon we started, by the PID the bus knows for the name (stopped at the end).
    daemon=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets |
        awk "/uint32/ { print \$2 }")
    status=0
    CROUPIER_TEST_KEYRING=1 "$@" || status=$?
    [ -n "$daemon" ] && kill "$daemon" 2>/dev/null
    exit $status
' sh "$@"
