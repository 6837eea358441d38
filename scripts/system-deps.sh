#!/usr/bin/env bash
# Install the Debian packages briefs needs when they are missing.
#
# Usage: scripts/system-deps.sh run|test
#   run   what building a brief needs: a CJK font, HarfBuzz's subsetter (without it
#         WeasyPrint subsets CJK fonts through fontTools, 10-50x slower), Pango for WeasyPrint
#   test  the above plus poppler-utils, which the tests use to read PDFs back, and Debian's
#         Chromium, which the archive tests drive headless through Playwright, and openssl, which
#         makes the certificate of the STARTTLS test
#
# With root, missing packages are installed with apt-get; without, the script names
# them and exits non-zero so `make` stops with a clear message.
set -euo pipefail

want=(fonts-noto-cjk libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 fontconfig)
if [ "${1:-run}" = "test" ]; then
    want+=(poppler-utils chromium openssl)
fi

missing=()
for pkg in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

# Debian's own python3 cannot create a virtual environment without python3-venv.
if ! "${PYTHON:-python3}" -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing+=(python3-venv)
fi

# WenQuanYi Micro Hei is an acceptable, much smaller, CJK font when Noto cannot be had.
if [[ " ${missing[*]} " == *" fonts-noto-cjk "* ]] \
   && dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q "install ok installed"; then
    missing=("${missing[@]/fonts-noto-cjk}")
fi
read -r -a missing <<< "${missing[*]}"

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "briefs: missing system packages: ${missing[*]}; install them with your package manager." >&2
    exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "briefs: missing system packages: ${missing[*]}" >&2
    echo "briefs: run as root, or: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi

echo "briefs: installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    # fall back to the small CJK font if the large one could not be installed
    fallback=("${missing[@]/fonts-noto-cjk/fonts-wqy-microhei}")
    apt-get install -y -qq --no-install-recommends "${fallback[@]}" >/dev/null
fi
fc-cache -f >/dev/null 2>&1 || true
