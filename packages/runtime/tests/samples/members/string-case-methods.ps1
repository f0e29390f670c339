'Hello'.ToUpper()
'Hello'.ToLower()
