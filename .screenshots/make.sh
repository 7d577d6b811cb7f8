#!/usr/bin/env bash
# Makes the README's screenshots: the real binary in a real xterm (DejaVu Sans Mono, 22 pt) on a
# 1280×720 X display, which gives about 70×19 cells — what a trainer sees on a projector.
# Needs Debian's xvfb, xterm, imagemagick, fonts-dejavu-core and tmux. Run from the repository:
#   swift build && bash .screenshots/make.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${CASUSSPEL_BIN:-.build/debug/casusspel}
out=.screenshots
display=:${SCREENSHOT_DISPLAY:-77}
socket=casusspel-screenshots
work=$(mktemp -d)
trap 'tmux -L $socket kill-server 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display

tmux -L $socket -f /dev/null new-session -d -x 70 -y 19 -s spel \
  "XDG_DATA_HOME=$work TERM=tmux-256color $bin --case mantelzorg-voor-vader-in-escamp \
   --groups 'Team Laak,Team Escamp,Team Loosduinen,Team Segbroek'"
tmux -L $socket set -g status off
tmux -L $socket set -g default-terminal tmux-256color
xterm -tn xterm-256color -fa 'DejaVu Sans Mono' -fs 22 -geometry 70x19+0+0 -bg black -fg white \
  -e tmux -L $socket attach -t spel >/dev/null 2>&1 &
sleep 2

keys() { tmux -L $socket send-keys -t spel "$@"; sleep 0.4; }
shot() {
  sleep 0.6
  import -window root "$work/$1.png"
  # 32 colours keep every shade the themes use and the file under 100 KB.
  convert "$work/$1.png" -trim +repage -colors 32 "PNG8:$out/$1.png"
  echo "$out/$1.png: $(stat -c %s "$out/$1.png") bytes"
}

# Factors: each group marks one and locks; visibility: each calls it; then the reveal.
keys Enter; keys Enter; keys Enter
for g in 1 2 3 4; do keys Space; keys Enter; done
for g in 1 2 3 4; do keys z; keys Enter; done
keys Enter
# The first dilemma: two groups have chosen, the third is choosing.
keys 2; keys Enter; keys 3; keys Enter; keys Down; keys Down
shot dilemma
keys 4; keys Enter; keys 2; keys Enter
keys Enter; keys Down
shot expertmening
keys Enter
for pillar in 2 3 4; do
  keys 1; keys Enter; keys 2; keys Enter; keys 2; keys Enter; keys 0; keys Enter
  keys Enter; keys Enter
done
keys Enter
shot afsluiting
