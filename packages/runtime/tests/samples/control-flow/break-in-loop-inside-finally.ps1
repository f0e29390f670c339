# break and continue that stay inside a loop within a finally block are allowed (only leaving the finally is an error).
try { 'try' } finally {
  'finally'
  foreach ($i in 1..3) {
    if ($i -eq 2) { continue }
    $i
  }
  :outer while ($true) { break outer }
  'done'
}
