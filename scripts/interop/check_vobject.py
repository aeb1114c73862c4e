"""Parses each calendar with python3-vobject, validating every component; exits 1 on any complaint."""
import sys

import vobject

failed = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        calendars = list(vobject.readComponents(text, validate=True))
        if len(calendars) != 1:
            raise ValueError(f"expected one VCALENDAR, got {len(calendars)}")
        calendar = calendars[0]
        calendar.validate(raiseException=True, complainUnrecognized=False)
        events = calendar.contents.get("vevent", [])
        for event in events:
            event.validate(raiseException=True)
            event.dtstart.value  # parses the date-time
        print(f"vobject ok: {path} ({len(events)} events)")
    except Exception as error:  # noqa: BLE001 - any complaint fails the check
        failed += 1
        print(f"vobject FAILED: {path}: {type(error).__name__}: {error}", file=sys.stderr)
sys.exit(1 if failed else 0)
