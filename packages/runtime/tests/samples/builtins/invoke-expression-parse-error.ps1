# A string that does not parse ends Invoke-Expression with the parser's error, named for the cmdlet.
Invoke-Expression '1 +'
try { iex 'if (' } catch { $_.CategoryInfo.Category; $_.Exception.GetType().Name }
'after'
