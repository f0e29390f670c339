function get-fooj { [CmdletBinding()] param([ValidatePattern("\s+", ErrorMessage = "Item '{0}' failed '{1}' regex")] $p) $p }
try { get-fooj -p 2 } catch { $_.Exception.Message }
