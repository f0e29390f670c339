switch (@()) { default { 'never' } }
'done'
