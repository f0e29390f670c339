# There is no conversion from Int32 to SwitchParameter (PowerShell issue #4069): [switch]1 is a cast error.
try { [switch]1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
