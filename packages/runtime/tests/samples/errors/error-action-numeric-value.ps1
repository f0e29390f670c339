# -ErrorAction takes an ActionPreference by its value too, as Enum.Parse reads a number: -ea 0 is SilentlyContinue,
# -ea 1 is Stop.
Write-Error 'hidden' -ea 0
$?
try { Write-Error 'stops' -ea 1 } catch { 'caught' }
