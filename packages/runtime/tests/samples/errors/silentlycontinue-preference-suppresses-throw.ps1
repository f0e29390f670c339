$ErrorActionPreference = 'SilentlyContinue'
throw 'x'
'after'
