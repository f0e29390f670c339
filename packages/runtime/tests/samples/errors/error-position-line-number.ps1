try {
    throw 'x'
} catch { $_.InvocationInfo.ScriptLineNumber }
