@(5).Count
@().Count
@($null).Count
@(@(1, 2)).Count
