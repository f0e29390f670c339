"Lastname:FirstName" -split "(:)"
