([object]"abc").ToString()
([System.Management.Automation.ActionPreference]"Stop").ToString()
