/* Parses each calendar with libical and runs its RFC 5545 restriction check. Any X-LIC-ERROR
 * property (libical's way of reporting a parse problem) or failed restriction exits 1. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static char *read_file(const char *path) {
  FILE *file = fopen(path, "rb");
  if (file == NULL) return NULL;
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  char *text = malloc((size_t)size + 1);
  if (text == NULL || fread(text, 1, (size_t)size, file) != (size_t)size) { fclose(file); free(text); return NULL; }
  text[size] = '\0';
  fclose(file);
  return text;
}

static int count_errors(icalcomponent *component) {
  int errors = 0;
  for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    fprintf(stderr, "  %s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(component)), icalproperty_get_xlicerror(p));
    errors++;
  }
  for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c != NULL;
       c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
    errors += count_errors(c);
  }
  return errors;
}

/* RFC 5545 §3.6.1: every VEVENT has exactly one UID and DTSTAMP, and (without a METHOD) a
 * DTSTART; ours are UTC date-times. libical's restriction table only checks these under iTIP
 * methods, so they are checked here on libical's parsed values. */
static int check_events(icalcomponent *calendar) {
  int errors = 0;
  for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    const icalproperty_kind required[] = {ICAL_UID_PROPERTY, ICAL_DTSTAMP_PROPERTY, ICAL_DTSTART_PROPERTY, ICAL_DTEND_PROPERTY};
    for (size_t k = 0; k < sizeof required / sizeof required[0]; k++) {
      int count = icalcomponent_count_properties(event, required[k]);
      if (count != 1) {
        fprintf(stderr, "  VEVENT: %d %s properties, expected 1\n", count, icalproperty_kind_to_string(required[k]));
        errors++;
      }
    }
    struct icaltimetype times[] = {icalcomponent_get_dtstart(event), icalcomponent_get_dtend(event), icalcomponent_get_dtstamp(event)};
    for (size_t k = 0; k < sizeof times / sizeof times[0]; k++) {
      if (icaltime_is_null_time(times[k]) || !icaltime_is_valid_time(times[k]) || times[k].is_date || !icaltime_is_utc(times[k])) {
        fprintf(stderr, "  VEVENT: a time is not a valid UTC date-time: %s\n", icaltime_as_ical_string(times[k]));
        errors++;
      }
    }
    if (icalcomponent_get_summary(event) == NULL) { fprintf(stderr, "  VEVENT: no SUMMARY\n"); errors++; }
  }
  return errors;
}

int main(int argc, char **argv) {
  int failed = 0;
  for (int i = 1; i < argc; i++) {
    char *text = read_file(argv[i]);
    if (text == NULL) { fprintf(stderr, "libical FAILED: %s: cannot read\n", argv[i]); failed++; continue; }
    icalcomponent *calendar = icalparser_parse_string(text);
    if (calendar == NULL || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
      fprintf(stderr, "libical FAILED: %s: not one VCALENDAR\n", argv[i]);
      failed++;
    } else {
      int parse_errors = count_errors(calendar);
      int restrictions_ok = icalrestriction_check(calendar);
      int restriction_errors = count_errors(calendar) - parse_errors;
      int event_errors = check_events(calendar);
      int events = icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT);
      if (parse_errors > 0 || !restrictions_ok || restriction_errors > 0 || event_errors > 0 || events == 0) {
        fprintf(stderr, "libical FAILED: %s: %d parse errors, %d restriction errors, %d event errors\n", argv[i], parse_errors, restriction_errors, event_errors);
        failed++;
      } else {
        printf("libical ok: %s (%d events)\n", argv[i], events);
      }
      icalcomponent_free(calendar);
    }
    free(text);
  }
  return failed == 0 ? 0 : 1;
}
