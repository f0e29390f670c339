# Select-String.Tests.ps1: -Context renders the match with "> " and its context lines with two spaces.
$m = Select-String third ./select-string.data -Context 1
$m.ToString($PWD.Path) -split "\n"
$m.Context.PreContext
$m.Context.PostContext
