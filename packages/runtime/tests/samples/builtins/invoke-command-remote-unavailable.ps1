# -ComputerName asks for remoting, which exosh does not have: one connection error per computer, then the script goes on.
Invoke-Command -ComputerName srv1, srv2 -ScriptBlock { 1 }
$Error[0].CategoryInfo.Category
'after'
