while ($false) { 'never' }
'done'
