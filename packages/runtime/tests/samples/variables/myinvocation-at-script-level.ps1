$MyInvocation.MyCommand.Name
