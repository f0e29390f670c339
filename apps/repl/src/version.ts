// The shell's version string, printed by -Version and in the banner.
export const version = '0.1.0';
