#!/usr/bin/env bash
# Installs jxaudit's build and test dependencies from Debian 12 packages.
# Idempotent: packages already present are skipped, so a second run only checks.
# Why each package is needed: docs/dependencies.md.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libboost-dev libboost-filesystem-dev libboost-system-dev  # Boost.DLL is header-only on top of these
  libyaml-cpp-dev
  libspdlog-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  nlohmann-json3-dev
  libcli11-dev
  libboost-locale-dev gettext                              # message catalogues: Boost.Locale reads them, msgfmt builds them
  libicu-dev
  libssl-dev                                               # SHA-256 of inputs and plugins (libcrypto)
  python3-jsonschema libxml2-utils                         # report schema validation in tests
  libzip-dev libexpat1-dev                                 # .xlsx/.docx readers: zip container, streaming XML
  libfreexl-dev                                            # .xls (BIFF) reader
  libxml2-dev                                              # HTML pages saved as .xls (web systems' exports)
  libcsv-dev                                               # .csv exports: RFC 4180 quoting
  libxlsxwriter-dev                                        # the XLSX working-paper report
  chromium                                                 # tests open the HTML report in a real browser (headless)
  # tests/fixtures/office/make_office_fixtures.py (run by hand with /usr/bin/python3, not in CI)
  python3-openpyxl python3-docx python3-xlwt python3-xlrd
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: all ${#packages[@]} packages present"
  exit 0
fi

echo "bootstrap: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
