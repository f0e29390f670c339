# An invalid pattern stops Select-String with InvalidRegex.
"x" | Select-String -Pattern "[a"
"after"
