function f { Write-Error 'nt' }
try { f } catch { 'caught' }
'after'
