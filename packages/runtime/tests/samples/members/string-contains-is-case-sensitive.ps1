'Hello'.Contains('ell')
'Hello'.Contains('ELL')
