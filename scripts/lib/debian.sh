# Installs Debian packages that are missing, non-interactively, with one `apt-get update` first.
# Sourced by scripts/test.sh and bench/run.sh.
#   ensure_debian_packages "/usr/bin/chromium:chromium" "/usr/bin/wrk:wrk"
# Each argument is "a file the package provides:the package" (a glob is fine for the file).

ensure_debian_packages() {
  local missing=() spec file pkg
  for spec in "$@"; do
    file=${spec%%:*}
    pkg=${spec#*:}
    # shellcheck disable=SC2086 # the file may be a glob such as /usr/lib/postgresql/*/bin/initdb
    if ! compgen -G "$file" >/dev/null; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) or run as root." >&2
    return 1
  fi

  echo "Installing ${missing[*]} from Debian..."
  export DEBIAN_FRONTEND=noninteractive
  # Another apt or dpkg run (unattended upgrades, a first boot) may hold the locks for a while: wait for it.
  local try
  for try in 1 2 3 4 5 6; do
    if apt-get -o DPkg::Lock::Timeout=300 -qq update; then
      break
    fi
    [ "$try" -eq 6 ] && { echo "apt-get update kept failing." >&2; return 1; }
    sleep 20
  done
  apt-get -o DPkg::Lock::Timeout=900 -qq -y install "${missing[@]}" </dev/null >/dev/null
}
