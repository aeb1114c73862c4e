#!/usr/bin/env bash
# Feeds every fixture and generated calendar (a whole search's included, in full and cut with
# maxBytes) to independent iCalendar consumers and fails on any complaint: python3-vobject
# (validating parse), python3-icalendar (parse, parse errors, required properties, writing back),
# sabre/vobject in PHP (parse and validator), libical (parser, RFC 5545 restriction check and
# required properties), calcurse (import, nothing skipped) and a Radicale CalDAV server on 127.0.0.1 (PUT accepted, every
# event stored). Then PUTs the search's events one resource each into a CalDAV calendar, as
# toICalendarEvents writes them, and checks every one is stored. First it proves each check can
# fail, on a calendar broken on purpose. Installs the Debian packages it needs when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(python3-vobject python3-icalendar php-cli php-sabre-vobject libical-dev calcurse radicale pkg-config gcc curl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "interop: installing ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then echo "interop: run as root, or install: ${missing[*]}" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
radicale_pid=""
cleanup() {
  if [ -n "$radicale_pid" ]; then kill "$radicale_pid" 2>/dev/null || true; wait "$radicale_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

gcc -Wall -Werror -o "$work/check_libical" scripts/interop/check_libical.c $(pkg-config --cflags --libs libical)

port=$((20000 + RANDOM % 20000))
/usr/bin/python3 -m radicale --server-hosts "127.0.0.1:$port" --storage-filesystem-folder "$work/radicale" \
  --auth-type none --logging-level warning >"$work/radicale.log" 2>&1 &
radicale_pid=$!
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.2
done
uploads=0

vobject() { /usr/bin/python3 scripts/interop/check_vobject.py "$1"; }
icalendar() { /usr/bin/python3 scripts/interop/check_icalendar.py "$1"; }
sabre() { php scripts/interop/check_sabre.php "$1"; }
libical() { "$work/check_libical" "$1"; }
calcurse_import() {
  local data="$work/calcurse-$RANDOM$RANDOM" events report
  mkdir -p "$data"
  events=$(grep -c '^BEGIN:VEVENT' "$1" || true)
  report=$(calcurse -D "$data" -i "$1" 2>&1) || { echo "$report" >&2; return 1; }
  echo "$report" | grep -q "^$events apps / 0 events / 0 todos / 0 skipped$" || { echo "$report" >&2; return 1; }
  echo "calcurse ok: $1 ($events events)"
}
radicale_put() {
  local url status stored events
  uploads=$((uploads + 1))
  url="http://127.0.0.1:$port/interop/calendar-$uploads/"
  status=$(curl -s -o "$work/put.out" -w '%{http_code}' -u interop:x -X PUT \
    -H 'Content-Type: text/calendar; charset=utf-8' --data-binary "@$1" "$url")
  [ "$status" = 201 ] || { echo "radicale: HTTP $status: $(head -c 300 "$work/put.out")" >&2; return 1; }
  stored=$(curl -s -u interop:x "$url" | grep -c '^BEGIN:VEVENT' || true)
  events=$(grep -c '^BEGIN:VEVENT' "$1")
  [ "$stored" = "$events" ] || { echo "radicale: $stored of $events events stored" >&2; return 1; }
  echo "radicale ok: $1 (HTTP $status, $stored events stored)"
}
consumers=(vobject icalendar sabre libical calcurse_import radicale_put)

echo "== each consumer rejects a calendar broken on purpose"
for consumer in "${consumers[@]}"; do
  if "$consumer" scripts/interop/broken.ics >/dev/null 2>&1; then
    echo "interop: $consumer accepted scripts/interop/broken.ics, so its check proves nothing" >&2
    exit 1
  fi
  echo "$consumer rejects the broken calendar"
done

[ -f dist/index.js ] && [ -f dist/ics/index.js ] || npm run build >/dev/null
node scripts/interop/make-calendars.mjs "$work/calendars" "$work/resources"
calendars=("$work"/calendars/*.ics)
failures=0
for consumer in "${consumers[@]}"; do
  echo "== $consumer"
  for calendar in "${calendars[@]}"; do
    "$consumer" "$calendar" || { echo "$consumer FAILED: $calendar" >&2; failures=$((failures + 1)); }
  done
done

# CalDAV stores one UID per resource: PUT each event of the search to a calendar collection of its
# own, refuse to overwrite (If-None-Match), then read each back and list the collection.
caldav_resources() {
  local collection="http://127.0.0.1:$port/interop/caldav-search/" status file uid stored count=0 listed
  status=$(curl -s -o "$work/mkcalendar.out" -w '%{http_code}' -u interop:x -X MKCALENDAR "$collection")
  [ "$status" = 201 ] || { echo "radicale: MKCALENDAR HTTP $status: $(head -c 300 "$work/mkcalendar.out")" >&2; return 1; }
  while IFS=$'\t' read -r file uid; do
    count=$((count + 1))
    local url="$collection$(/usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$uid").ics"
    [ "$(grep -c '^BEGIN:VEVENT' "$1/$file")" = 1 ] || { echo "caldav: $file holds more or less than one event" >&2; return 1; }
    status=$(curl -s -o "$work/put.out" -w '%{http_code}' -u interop:x -X PUT -H 'If-None-Match: *' \
      -H 'Content-Type: text/calendar; charset=utf-8' --data-binary "@$1/$file" "$url")
    [ "$status" = 201 ] || { echo "caldav: PUT $uid: HTTP $status: $(head -c 300 "$work/put.out")" >&2; return 1; }
    status=$(curl -s -o /dev/null -w '%{http_code}' -u interop:x -X PUT -H 'If-None-Match: *' \
      -H 'Content-Type: text/calendar; charset=utf-8' --data-binary "@$1/$file" "$url")
    [ "$status" = 412 ] || { echo "caldav: a second PUT of $uid with If-None-Match gave HTTP $status, not 412" >&2; return 1; }
    stored=$(curl -s -u interop:x "$url" | /usr/bin/python3 -c 'import sys; text = sys.stdin.read().replace("\r\n ", ""); print(text.split("\r\n").count("UID:" + sys.argv[1]))' "$uid")
    [ "$stored" = 1 ] || { echo "caldav: $uid not stored at $url" >&2; return 1; }
  done <"$1/uids.tsv"
  listed=$(curl -s -u interop:x -X PROPFIND -H 'Depth: 1' "$collection" | grep -o '<[^>]*href>[^<]*\.ics</[^>]*href>' | wc -l)
  [ "$count" -gt 0 ] && [ "$listed" = "$count" ] || { echo "caldav: $listed of $count resources listed" >&2; return 1; }
  echo "caldav ok: $count events PUT one resource each, each stored, all $listed listed"
}
echo "== CalDAV, one resource per event"
caldav_resources "$work/resources" || { echo "caldav FAILED" >&2; failures=$((failures + 1)); }

if [ "$failures" -gt 0 ]; then
  echo "interop: $failures consumer checks failed" >&2
  exit 1
fi
echo "interop: ${#calendars[@]} calendars accepted by python3-vobject, python3-icalendar, sabre/vobject, libical, calcurse and radicale; a search's events stored one resource each"
