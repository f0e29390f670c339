$ErrorActionPreference = 'Stop'
try { Write-Error 'e'; 'not here' } catch { 'caught' }
