package dev.boucle.judge.kattis;

/**
 * How much a package may hold once unpacked. Sizes count the bytes actually read, not what an
 * archive claims, so a zip bomb stops at the limit.
 */
public record PackageLimits(long maxTotalBytes, long maxFileBytes, int maxFiles) {
    public static final PackageLimits DEFAULT = new PackageLimits(256L << 20, 64L << 20, 10_000);

    public PackageLimits {
        if (maxTotalBytes < 1 || maxFileBytes < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("package limits must be positive");
        }
    }
}
