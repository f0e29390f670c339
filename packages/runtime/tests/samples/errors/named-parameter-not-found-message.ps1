function f { [CmdletBinding()] param($a) }
try { f -b 1 } catch { $_.Exception.Message }
