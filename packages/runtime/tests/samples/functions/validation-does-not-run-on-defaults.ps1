function get-fooe { param([ValidateRange(1,42)] $p = 55) $p }
function get-foof { [CmdletBinding()] param([ValidateRange(1,42)] $p = 55) $p }
get-fooe
get-foof
