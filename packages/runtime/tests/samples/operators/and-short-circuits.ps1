function t { 'called' }
if ($false -and (t)) { 'yes' }
'end'
