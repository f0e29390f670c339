"say ""hi"""
'it''s'
