"folder/path/to/file" -split { $_ -like '/' }, -2
