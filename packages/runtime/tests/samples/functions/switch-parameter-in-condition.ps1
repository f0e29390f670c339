function f { param([switch]$Quiet) if ($Quiet) { 'quiet' } else { 'loud' } }
f
f -Quiet
