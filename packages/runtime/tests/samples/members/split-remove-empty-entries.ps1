'a,b,,c'.Split(',', [StringSplitOptions]::RemoveEmptyEntries).Count
