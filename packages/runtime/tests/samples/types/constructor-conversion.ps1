# A string converts to a type through the type's one-string constructor (LanguagePrimitives' constructor conversion).
$address = [System.Net.Mail.MailAddress]'jane@contoso.com'
$address.User
$address.Host
([System.Management.Automation.WildcardPattern]'a*').IsMatch('abc')
try { [System.Net.Mail.MailAddress]'not an address' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
