"""Parses each calendar with python3-icalendar and writes it back; exits 1 on any complaint.

A component the parser could not read records it in `errors` instead of raising, so those are
checked too, as are the properties every event must carry and the count of events read.
"""
import sys

from icalendar import Calendar

failed = 0
for path in sys.argv[1:]:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        calendar = Calendar.from_ical(data)
        problems = [f"{component.name}: {error}" for component in calendar.walk() for error in getattr(component, "errors", [])]
        events = calendar.walk("VEVENT")
        written = data.count(b"\r\nBEGIN:VEVENT\r\n")
        if len(events) != written:
            problems.append(f"read {len(events)} of {written} events")
        for event in events:
            for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
                if name not in event:
                    problems.append(f"an event without {name}")
            event.decoded("DTSTART")
            str(event.get("SUMMARY"))
        calendar.to_ical()
        if problems:
            raise ValueError("; ".join(sorted(set(problems))))
        print(f"icalendar ok: {path} ({len(events)} events)")
    except Exception as error:  # noqa: BLE001 - any complaint fails the check
        failed += 1
        print(f"icalendar FAILED: {path}: {type(error).__name__}: {error}", file=sys.stderr)
sys.exit(1 if failed else 0)
