#!/bin/sh
# casusspel installeren uit deze map, zonder Swift.
#   ./install.sh [--prefix MAP]              standaard /usr/local (dan met sudo)
#   ./install.sh --uninstall [--prefix MAP]  haalt precies weg wat installeren neerzette
# Eigen casussen (~/.local/share/casusspel/Cases) en sessielogs (~/.local/share/casusspel/sessies)
# worden nooit aangeraakt.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=/usr/local
action=install
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) prefix=${2:?--prefix heeft een map nodig}; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: onbekende optie '$1' (zie --help)" >&2; exit 2 ;;
  esac
done
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
prefix=${prefix%/}
manifest=$prefix/share/casusspel/geinstalleerde-bestanden

if [ "$action" = uninstall ]; then
  [ -f "$manifest" ] || { echo "install.sh: geen casusspel gevonden in $prefix ($manifest ontbreekt)" >&2; exit 1; }
  # The manifest lists the files, then the folders installing created (ending in /): files
  # first, then those folders deepest first, each only if it is empty now.
  grep -v '/$' "$manifest" | while IFS= read -r path; do rm -f "$prefix/$path"; done
  folders=$(grep '/$' "$manifest" | sort -r)
  rm -f "$manifest"
  for dir in $folders; do rmdir "$prefix/$dir" 2>/dev/null || true; done
  echo "casusspel verwijderd uit $prefix"
  exit 0
fi

# The user's own cases live in $XDG_DATA_HOME/casusspel/Cases; a prefix whose share/ is that
# folder would mix the shipped library with them (and --uninstall would remove shipped copies there).
own=${XDG_DATA_HOME:-${HOME:-/nonexistent}/.local/share}
if [ "$prefix/share" = "$own" ]; then
  echo "install.sh: $prefix/share is de map voor je eigen casussen; kies een andere --prefix, bijv. ~/programma/casusspel" >&2
  exit 2
fi

missing=$(ldd "$here/bin/casusspel" 2>/dev/null | awk '/not found/ { print $1 }')
if [ -n "$missing" ]; then
  echo "install.sh: deze bibliotheken ontbreken: $missing" >&2
  echo "  (Debian/Ubuntu: libncursesw6 en libstdc++6; Fedora: ncurses-libs en libstdc++)" >&2
  exit 1
fi

cd "$here"
created=$(find bin share -type d | sort | while IFS= read -r dir; do [ -d "$prefix/$dir" ] || echo "$dir/"; done)
find bin share -type d | while IFS= read -r dir; do mkdir -p "$prefix/$dir"; done
files=$(find bin share -type f | sort)
for path in $files; do
  if [ -x "$path" ]; then mode=755; else mode=644; fi
  # Beside, then renamed over: a running casusspel keeps its old file, and nothing is half-written.
  cp "$path" "$prefix/$path.nieuw" && chmod "$mode" "$prefix/$path.nieuw" && mv -f "$prefix/$path.nieuw" "$prefix/$path"
done
# Kept across reinstalls: folders an earlier install created stay listed.
earlier=$(grep '/$' "$manifest" 2>/dev/null || true)
printf '%s\n' "$files" "$created" "$earlier" | grep -v '^$' | sort -u > "$manifest"
echo "casusspel $("$prefix/bin/casusspel" --version | head -n 1 | cut -d' ' -f2) geïnstalleerd in $prefix"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Let op: $prefix/bin staat niet in PATH; start met $prefix/bin/casusspel" ;; esac
