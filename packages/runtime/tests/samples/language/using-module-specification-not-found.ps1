# A module specification is looked up with its version bounds, at parse time.
using module @{ ModuleName = 'NoSuchModuleAnywhere'; ModuleVersion = '1.0' }
'not reached'
