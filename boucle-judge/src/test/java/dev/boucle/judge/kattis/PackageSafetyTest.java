package dev.boucle.judge.kattis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.judge.support.SandboxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Packages that try to write outside their folder, bring a host file in, or fill the disk: refused, nothing written. */
class PackageSafetyTest {

    private static void assertEmpty(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            assertThat(files).as("left in " + dir).isEmpty();
        }
    }

    @Test
    void zipSlipNamesAreRefused() throws Exception {
        Path dir = SandboxFixture.newDir("slip");
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String evil : new String[] {"../evil.txt", "p/../../evil.txt", "/tmp/evil.txt", "p\\..\\evil.txt"}) {
            Map<String, String> entries = new LinkedHashMap<>();
            entries.put("p/problem.yaml", "name: x\n");
            entries.put(evil, "owned\n");
            Path zip = Packages.zipOf(dir.resolve("p.zip"), entries);
            assertThatThrownBy(() -> Packages.importer().importPackage(zip, out))
                    .isInstanceOf(PackageException.class).hasMessageContaining("unsafe file name in the package: " + evil);
            Files.delete(zip);
        }
        assertThat(dir.resolve("evil.txt")).doesNotExist();
        assertThat(Path.of("/tmp/evil.txt")).doesNotExist();
        assertEmpty(out);
    }

    @Test
    void symbolicLinksAreRefusedInAZipAndInAFolder() throws Exception {
        Path dir = SandboxFixture.newDir("links");
        Path out = Files.createDirectories(dir.resolve("out"));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("p/problem.yaml", "name: x\n");
        entries.put("p/data/secret/1.ans", "/etc/shadow");
        Path zip = Packages.zipOf(dir.resolve("p.zip"), entries);
        Packages.markSymlink(zip, 1);
        assertThatThrownBy(() -> Packages.importer().importPackage(zip, out))
                .hasMessage("symbolic links are not allowed in a package: p/data/secret/1.ans");

        Path folder = Packages.copy("anysum");
        Files.delete(folder.resolve("data/secret/1.ans"));
        Files.createSymbolicLink(folder.resolve("data/secret/1.ans"), Path.of("/etc/passwd"));
        assertThatThrownBy(() -> Packages.importer().importPackage(folder, out))
                .hasMessage("symbolic links are not allowed in a package: data/secret/1.ans");
        assertEmpty(out);
    }

    @Test
    void oversizePackagesAreRefusedByTheBytesActuallyRead() throws Exception {
        Path dir = SandboxFixture.newDir("big");
        Path out = Files.createDirectories(dir.resolve("out"));
        // Compresses to almost nothing: the limit must count unpacked bytes, not the archive's size.
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("p/problem.yaml", "name: x\n");
        entries.put("p/data/secret/1.in", "0".repeat(2_000_000));
        Path zip = Packages.zipOf(dir.resolve("p.zip"), entries);
        assertThat(Files.size(zip)).isLessThan(100_000);
        assertThatThrownBy(() -> Packages.importer(new PackageLimits(1_000_000, 1_500_000, 100)).importPackage(zip, out))
                .hasMessage("the package is larger than 1000000 bytes unpacked");
        assertThatThrownBy(() -> Packages.importer(new PackageLimits(10_000_000, 1_000_000, 100)).importPackage(zip, out))
                .hasMessage("p/data/secret/1.in is larger than 1000000 bytes");
        assertThatThrownBy(() -> Packages.importer(new PackageLimits(10_000_000, 10_000_000, 1)).importPackage(zip, out))
                .hasMessage("the package has more than 1 files");
        assertEmpty(out);
    }

    @Test
    void whatCannotBeJudgedAlikeIsRefusedWithTheReason() throws Exception {
        Path out = SandboxFixture.newDir("out");
        Path scoring = Packages.copy("evenodd");
        Files.writeString(scoring.resolve("problem.yaml"), "type: scoring\n");
        assertThatThrownBy(() -> Packages.importer().importPackage(scoring, out)).hasMessageContaining("scoring problems");
        Path interactive = Packages.copy("anysum");
        Files.writeString(interactive.resolve("problem.yaml"), "validation: custom interactive\n");
        assertThatThrownBy(() -> Packages.importer().importPackage(interactive, out)).hasMessageContaining("interactive");
        Path flags = Packages.copy("evenodd");
        Files.writeString(flags.resolve("problem.yaml"), "validator_flags: float_tolerance\n");
        assertThatThrownBy(() -> Packages.importer().importPackage(flags, out))
                .hasMessage("problem.yaml: validator flag float_tolerance needs a number");
        Path noAnswer = Packages.copy("evenodd");
        Files.delete(noAnswer.resolve("data/secret/big/1.ans"));
        assertThatThrownBy(() -> Packages.importer().importPackage(noAnswer, out))
                .hasMessage("data/secret/big/1.in has no .ans file beside it");
        assertThatThrownBy(() -> Packages.importer().importPackage(Packages.ROOT.resolve("evenodd/problem.yaml"), out))
                .hasMessage("not a package folder or a .zip file: problem.yaml");
        Path notZip = Files.writeString(out.resolve("x.zip"), "not a zip");
        assertThatThrownBy(() -> Packages.importer().importPackage(notZip, out)).hasMessageContaining("zip");
        Files.delete(notZip);
        assertEmpty(out);
    }
}
