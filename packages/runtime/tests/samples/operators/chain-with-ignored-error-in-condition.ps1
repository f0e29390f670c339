if ("Hello" && Write-Error "Bad" -ErrorAction Ignore) { $?; 1 } else { 'else' }
