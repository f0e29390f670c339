# [semver]: major.minor.patch with pre-release and build labels; a pre-release ranks below its release, build
# metadata is ignored when comparing.
$s = [semver]'7.5.0-preview.2+abc'
$s
$s.PreReleaseLabel
$s.BuildLabel
$s -lt [semver]'7.5.0'
[semver]'1.0.0-alpha' -lt [semver]'1.0.0-alpha.1'
[semver]'1.0.0-alpha.1' -lt [semver]'1.0.0-beta'
[semver]'1.0.0-rc.2' -lt [semver]'1.0.0-rc.10'
[semver]'1.2.3+a' -eq [semver]'1.2.3+b'
[semver]'7'
[semver]::new(1, 2)
[semver][version]'2.1'
