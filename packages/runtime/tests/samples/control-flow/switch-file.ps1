switch -File ./switch-file.data { 'b' { 'found b' } default { "line $_" } }
