#!/usr/bin/env bash
# Shared by scripts/demo and scripts/test: installs the Debian packages the build needs (on a
# fresh Debian 12 as root, or through sudo), then configures and builds with a CMake preset.
# Source it; do not run it.

CROUPIER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

CROUPIER_DEB_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git ca-certificates
    protobuf-compiler protobuf-compiler-grpc libprotobuf-dev libgrpc++-dev
    nlohmann-json3-dev libvalijson-dev libyaml-cpp-dev libpcre2-dev
    libssl-dev libsqlite3-dev libgtest-dev libgmock-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev
    xvfb xauth dbus-x11 gnome-keyring libsecret-tools fonts-wqy-microhei
)

log() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
            printf '%s\n' "$p"
    done
}

# install_packages PKG...: installs what is missing, with apt-get.
install_packages() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "need root (or sudo) to install: ${missing[*]}"
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null || die "apt-get install failed for: ${missing[*]}"
}

# build PRESET [TARGET...]: configure (once) and build.
build() {
    local preset=$1
    shift
    command -v dpkg-query >/dev/null || die "this script expects Debian (dpkg/apt-get)"
    install_packages "${CROUPIER_DEB_PACKAGES[@]}"
    export CCACHE_DIR=${CCACHE_DIR:-$CROUPIER_ROOT/build/.ccache}
    # The ci preset uses precompiled headers; ccache caches those compiles only with these.
    export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
    log "Configuring ($preset)"
    cmake --preset "$preset" -S "$CROUPIER_ROOT" >/dev/null || die "cmake configure failed"
    log "Building ($preset)"
    local targets=()
    for t in "$@"; do targets+=(--target "$t"); done
    cmake --build --preset "$preset" "${targets[@]}" || die "build failed"
}

build_dir() { printf '%s/build/%s' "$CROUPIER_ROOT" "$1"; }
