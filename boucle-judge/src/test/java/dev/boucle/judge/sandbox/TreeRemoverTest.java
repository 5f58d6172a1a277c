package dev.boucle.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.workspace.TreeRemover;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host-side cleanup of a directory a (compromised) compile step could have filled with traps. */
class TreeRemoverTest {
    @TempDir
    Path temp;

    @Test
    void deletesLinksNotTheirTargets() throws Exception {
        Path hostDir = Files.createDirectories(temp.resolve("host"));
        Path hostFile = Files.writeString(hostDir.resolve("precious"), "keep me");
        Path box = Files.createDirectories(temp.resolve("box"));
        Files.createSymbolicLink(box.resolve("link-to-dir"), hostDir);
        Files.createSymbolicLink(box.resolve("link-to-file"), hostFile);
        Path nested = Files.createDirectories(box.resolve("a/b"));
        Files.createSymbolicLink(nested.resolve("up"), hostDir);
        Files.writeString(nested.resolve("f"), "x");
        Files.setPosixFilePermissions(box.resolve("a"), PosixFilePermissions.fromString("---------"));

        TreeRemover.remove(box);

        assertThat(box).doesNotExist();
        assertThat(hostFile).hasContent("keep me");
        assertThat(hostDir.resolve("precious")).exists();
    }

    @Test
    void aLinkAsTheRootIsRemovedNotFollowed() throws Exception {
        Path hostDir = Files.createDirectories(temp.resolve("host"));
        Files.writeString(hostDir.resolve("precious"), "keep me");
        Path link = Files.createSymbolicLink(temp.resolve("box"), hostDir);
        TreeRemover.remove(link);
        assertThat(hostDir.resolve("precious")).exists();
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
