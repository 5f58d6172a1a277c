package dev.boucle.judge.kattis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a zip that Unix zip tools stored as symbolic links. java.util.zip does not
 * expose an entry's file mode, so the central directory is read here: the mode is the high half
 * of the external attributes when the entry was made on Unix.
 */
final class ZipSymlinks {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MADE_ON_UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int SYMLINK = 0120000;

    private ZipSymlinks() {
    }

    static List<String> find(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, END_SIZE + 65_535L);
            ByteBuffer end = read(channel, size - tail, tail);
            int at = -1;
            for (int i = tail - END_SIZE; i >= 0; i--) {
                if (end.getInt(i) == END_SIGNATURE) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new PackageException("not a zip archive (no central directory)");
            }
            long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL
                    || directoryOffset + directorySize > size || directorySize > Integer.MAX_VALUE) {
                throw new PackageException("unsupported zip archive (ZIP64 or a damaged central directory)");
            }
            ByteBuffer entries = read(channel, directoryOffset, (int) directorySize);
            List<String> links = new ArrayList<>();
            int p = 0;
            while (p + 46 <= entries.limit() && entries.getInt(p) == ENTRY_SIGNATURE) {
                int madeBy = Short.toUnsignedInt(entries.getShort(p + 4)) >>> 8;
                int nameLength = Short.toUnsignedInt(entries.getShort(p + 28));
                int extraLength = Short.toUnsignedInt(entries.getShort(p + 30));
                int commentLength = Short.toUnsignedInt(entries.getShort(p + 32));
                int mode = entries.getInt(p + 38) >>> 16;
                if (p + 46 + nameLength > entries.limit()) {
                    throw new PackageException("damaged zip archive (central directory)");
                }
                if (madeBy == MADE_ON_UNIX && (mode & TYPE_MASK) == SYMLINK) {
                    byte[] name = new byte[nameLength];
                    entries.get(p + 46, name);
                    links.add(new String(name, StandardCharsets.UTF_8));
                }
                p += 46 + nameLength + extraLength + commentLength;
            }
            return links;
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new PackageException("damaged zip archive (truncated)");
            }
        }
        return buffer.flip();
    }
}
