<?php
// Parses each calendar with sabre/vobject (Debian's php-sabre-vobject) and runs its validator;
// exits 1 on any complaint: a parse error, a validator warning, or fewer events than written.
// Debian's package ships an autoloader; older ones only the list of includes.
if (!@include_once 'Sabre/VObject/autoload.php') require_once 'Sabre/VObject/includes.php';

$failed = 0;
foreach (array_slice($argv, 1) as $path) {
  try {
    $data = file_get_contents($path);
    $calendar = Sabre\VObject\Reader::read($data);
    $problems = array();
    foreach ($calendar->validate() as $warning) $problems[] = $warning['message'];
    $events = count($calendar->select('VEVENT'));
    $written = substr_count($data, "\r\nBEGIN:VEVENT\r\n");
    if ($events !== $written) $problems[] = "read $events of $written events";
    if ($problems) throw new Exception(implode('; ', array_unique($problems)));
    echo "sabre ok: $path ($events events)\n";
  } catch (Exception $error) {
    $failed++;
    fwrite(STDERR, "sabre FAILED: $path: " . $error->getMessage() . "\n");
  }
}
exit($failed ? 1 : 0);
