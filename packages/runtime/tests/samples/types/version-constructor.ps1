[version]::new(1, 2)
([version]'10.0.19045').Build
