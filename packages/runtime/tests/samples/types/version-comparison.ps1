[version]'1.2.3' -gt [version]'1.10'
([version]'1.2.3').Minor
