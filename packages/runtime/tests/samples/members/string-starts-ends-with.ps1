'Hello'.StartsWith('He')
'Hello'.EndsWith('lo')
'Hello'.StartsWith('he')
