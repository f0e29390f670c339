# Removing a module that is not in the session is one Modules_NoModulesRemoved error (at the end, for the whole
# call); a wildcard that matches nothing is not an error.
Remove-Module NoSuchModule, NoOtherModule
Remove-Module NoSuch*
try { Remove-Module NoSuchModule -ErrorAction Stop } catch { $_.Exception.Message }
