function get-fooi { [CmdletBinding()] param([ValidateScript({$_ -gt 2}, ErrorMessage = "Item '{0}' failed '{1}' validation")] $p) $p }
try { get-fooi -p 2 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
get-fooi -p 3
